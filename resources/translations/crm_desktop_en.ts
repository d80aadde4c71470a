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
    <name>AccountCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="73"/>
        <location filename="../../crm_desktop/gui/account_card.py" line="79"/>
        <source>Account card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="88"/>
        <source>Select an account to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="106"/>
        <location filename="../../crm_desktop/gui/account_card.py" line="110"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="120"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <location filename="../../ui/account_editor.ui" line="6"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="63"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="67"/>
        <source>%1 is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="71"/>
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
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="21"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="22"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="24"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="25"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="247"/>
        <source>&amp;New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="248"/>
        <source>Mark as d&amp;one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="250"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="253"/>
        <source>Keeping in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="254"/>
        <source>Upcoming birthdays and anniversaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="255"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="256"/>
        <source>The day&apos;s activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="257"/>
        <source>Drag an activity onto a day to move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="314"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="358"/>
        <source>Activities on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="387"/>
        <source>%1 — %2, anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="389"/>
        <source>%1 — %2, anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>%1 — %2, anniversary (%Ln year)</numerusform>
            <numerusform>%1 — %2, anniversary (%Ln years)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="398"/>
        <source>%1 — never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="401"/>
        <source>%1 — last contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="408"/>
        <source>No one is waiting to hear from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="411"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="416"/>
        <source>%1 — %2, turns %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="422"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="428"/>
        <source>No birthdays or anniversaries in the next %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="531"/>
        <source>Mark as &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="534"/>
        <source>Move to &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="227"/>
        <source>Follow-up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="242"/>
        <source>Call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="244"/>
        <source>E-mail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="361"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="362"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="43"/>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="44"/>
        <source>Log meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="45"/>
        <source>Log e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="46"/>
        <source>Log letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="48"/>
        <source>Log task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="50"/>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="51"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="52"/>
        <source>New e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="53"/>
        <source>New letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="55"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="63"/>
        <source>Cancel activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="64"/>
        <source>Reopen activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="65"/>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="68"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="71"/>
        <source>Reschedule activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="75"/>
        <source>Delete %Ln activity(ies)</source>
        <translation>
            <numerusform>Delete %Ln activity</numerusform>
            <numerusform>Delete %Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="77"/>
        <source>Delete %Ln note(s)</source>
        <translation>
            <numerusform>Delete %Ln note</numerusform>
            <numerusform>Delete %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="78"/>
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>Delete %Ln item</numerusform>
            <numerusform>Delete %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="83"/>
        <source>Deleted %Ln activity(ies)</source>
        <translation>
            <numerusform>Deleted %Ln activity</numerusform>
            <numerusform>Deleted %Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="85"/>
        <source>Deleted %Ln note(s)</source>
        <translation>
            <numerusform>Deleted %Ln note</numerusform>
            <numerusform>Deleted %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="86"/>
        <source>Deleted %Ln item(s)</source>
        <translation>
            <numerusform>Deleted %Ln item</numerusform>
            <numerusform>Deleted %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="89"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="92"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Pin note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Unpin note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/activity_editor.ui" line="6"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="10"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="12"/>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="13"/>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="14"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="15"/>
        <source>Start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="16"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="17"/>
        <source>Due date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="18"/>
        <source>Duratio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="20"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="22"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="24"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="26"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="27"/>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="28"/>
        <source>Re&amp;minder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="30"/>
        <source>&amp;Regarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="33"/>
        <source>Contacts it regards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="36"/>
        <source>Type a name to add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="37"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="42"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="44"/>
        <source>Deta&amp;ils:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="156"/>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="231"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="165"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="166"/>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="171"/>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="173"/>
        <source>At the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="175"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln day before</numerusform>
            <numerusform>%Ln days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="177"/>
        <source>%Ln hour(s) before</source>
        <translation>
            <numerusform>%Ln hour before</numerusform>
            <numerusform>%Ln hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="178"/>
        <source>%Ln minute(s) before</source>
        <translation>
            <numerusform>%Ln minute before</numerusform>
            <numerusform>%Ln minutes before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="259"/>
        <source>Give the activity a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="267"/>
        <source>A reminder needs a start or a due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="273"/>
        <source>A repeating activity needs a start or a due time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="59"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="60"/>
        <source>Regarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="61"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_drag.py" line="67"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="26"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="27"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="28"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="29"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="30"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="31"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="32"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="33"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="34"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="35"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="36"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="37"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="38"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSyncAccountDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="40"/>
        <source>Add Sync Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="50"/>
        <source>the first one (a new one when there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="56"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="57"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="59"/>
        <source>Address &amp;book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="62"/>
        <source>Nextcloud, iCloud, Fastmail, Radicale, Baïkal and other CardDAV/CalDAV servers. The password is kept in your system&apos;s keyring, never in CRM Desktop&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="70"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../crm_desktop/gui/avatar.py" line="68"/>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="113"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="115"/>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="116"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="117"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="118"/>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="119"/>
        <source>Before a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="120"/>
        <source>Before emptying the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="121"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="126"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="141"/>
        <source>%1 is damaged. The newest backup that is sound is selected: click Restore to go back to it (the damaged database is kept as a backup first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="145"/>
        <source>Copies of %1, newest first. To go back to one, select it and click Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="198"/>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="209"/>
        <source>The backup is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="210"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="226"/>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="230"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="231"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="249"/>
        <source>Replace everything in the database with the backup made on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="252"/>
        <source>Replace everything in the database with the backup made on %1 (%Ln contact(s))?</source>
        <translation>
            <numerusform>Replace everything in the database with the backup made on %1 (%Ln contact)?</numerusform>
            <numerusform>Replace everything in the database with the backup made on %1 (%Ln contacts)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="261"/>
        <source>The database as it is now is backed up first: it will be at the top of this list, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="277"/>
        <source>Restoring the backup… The database as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="291"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="292"/>
        <source>The database now holds the backup made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="14"/>
        <location filename="../../ui/backups_dialog.ui" line="33"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="20"/>
        <source>Copies of your database, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="55"/>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="60"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="65"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="70"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="78"/>
        <source>There is no backup yet. Click “Back up now” to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="93"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="100"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="107"/>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="47"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="48"/>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Remove from Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Add to Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="251"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="259"/>
        <source>Take %n contact(s) out of “%1”?</source>
        <translation>
            <numerusform>Take %n contact out of “%1”?</numerusform>
            <numerusform>Take %n contacts out of “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="266"/>
        <source>Take %n contact(s) out of a category</source>
        <translation>
            <numerusform>Take %n contact out of a category</numerusform>
            <numerusform>Take %n contacts out of a category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="261"/>
        <source>Put %n contact(s) in “%1”?</source>
        <translation>
            <numerusform>Put %n contact in “%1”?</numerusform>
            <numerusform>Put %n contacts in “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="165"/>
        <source>The %n selected</source>
        <translation>
            <numerusform>The %n selected</numerusform>
            <numerusform>The %n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="168"/>
        <source>All %n shown</source>
        <translation>
            <numerusform>The %n shown</numerusform>
            <numerusform>All %n shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set %1 on %n contact(s)?</source>
        <translation>
            <numerusform>Set %1 on %n contact?</numerusform>
            <numerusform>Set %1 on %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="201"/>
        <source>Set a field on %n contact(s)</source>
        <translation>
            <numerusform>Set a field on %n contact</numerusform>
            <numerusform>Set a field on %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="207"/>
        <source>the account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="210"/>
        <source>no keep-in-touch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="211"/>
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>keep in touch every %n day</numerusform>
            <numerusform>keep in touch every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="213"/>
        <source>the lead status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="216"/>
        <source>“%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="230"/>
        <source>Log Activity for Each</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="231"/>
        <source>Log “%1” for each of %n contact(s)?</source>
        <translation>
            <numerusform>Log “%1” for %n contact?</numerusform>
            <numerusform>Log “%1” for each of %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="239"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>Log an activity for %n contact</numerusform>
            <numerusform>Log an activity for %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="268"/>
        <source>Put %n contact(s) in a category</source>
        <translation>
            <numerusform>Put %n contact in a category</numerusform>
            <numerusform>Put %n contacts in a category</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="277"/>
        <source>Mark as Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="278"/>
        <source>Mark %n contact(s) as leads, to qualify and convert?</source>
        <translation>
            <numerusform>Mark %n contact as a lead, to qualify and convert?</numerusform>
            <numerusform>Mark %n contacts as leads, to qualify and convert?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="284"/>
        <source>Mark %n contact(s) as leads</source>
        <translation>
            <numerusform>Mark %n contact as a lead</numerusform>
            <numerusform>Mark %n contacts as leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModes</name>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="53"/>
        <source>Calendar view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="53"/>
        <source>&amp;Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="54"/>
        <source>&amp;Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="55"/>
        <source>&amp;Solar Hijri (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="56"/>
        <source>&amp;Islamic civil (Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="270"/>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="20"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="21"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="22"/>
        <source>Business phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="23"/>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="24"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="27"/>
        <source>Business email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="28"/>
        <source>Home email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="29"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="32"/>
        <source>Business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="33"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="34"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="36"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../crm_desktop/gui/card_view.py" line="179"/>
        <source>Business cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="19"/>
        <source>Keep as a custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="20"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="21"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="22"/>
        <source>Prefix (Mr., Dr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="23"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="24"/>
        <source>Middle names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="25"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="26"/>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="27"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="28"/>
        <source>Account (company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="29"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="30"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="31"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="32"/>
        <source>Email (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="33"/>
        <source>Email (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="34"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="35"/>
        <source>Phone (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="36"/>
        <source>Phone (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="37"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="38"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="39"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="40"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="41"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="42"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="43"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="44"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="45"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="46"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="47"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="131"/>
        <source>Not sure which field this column fills: check the one chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="137"/>
        <source>CRM Desktop does not know the columns of %1. Choose the field each one fills; a column left as a custom field is kept, never lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="6"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="14"/>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="17"/>
        <source>&amp;Remember this for files with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="51"/>
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="55"/>
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>Deleted %Ln contact</numerusform>
            <numerusform>Deleted %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="58"/>
        <source>Deleted %Ln account(s)</source>
        <translation>
            <numerusform>Deleted %Ln account</numerusform>
            <numerusform>Deleted %Ln accounts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="62"/>
        <source>Contact “%1” moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="65"/>
        <source>Account “%1” moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="100"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="122"/>
        <source>Restore from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="137"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="172"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="189"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="222"/>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="240"/>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="257"/>
        <source>Restore account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="285"/>
        <source>Merge contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="328"/>
        <source>Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="364"/>
        <source>Merge accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="55"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="57"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="59"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="60"/>
        <source>What came of it (left a message, agreed…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="61"/>
        <source>&amp;Schedule a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="63"/>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="98"/>
        <location filename="../../crm_desktop/gui/contact_card.py" line="112"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="129"/>
        <source>Select a contact to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="169"/>
        <source>Next activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="203"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="152"/>
        <source>Show the contacts of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="165"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="166"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="185"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="186"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="187"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="183"/>
        <source>Dialled as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="197"/>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="198"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="241"/>
        <source>Discard the new contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="242"/>
        <source>What you typed for this contact is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="246"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="310"/>
        <source>Add category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="311"/>
        <source>A new category, ticked for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="313"/>
        <source>%1, or --04-15 without the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <location filename="../../ui/contact_editor.ui" line="6"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="336"/>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="345"/>
        <source>%1 is larger than %2 MB: choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="352"/>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="360"/>
        <source>%1 is not an image this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="371"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="373"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="407"/>
        <source>%1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="412"/>
        <source>%1 is not a phone number (digits, spaces, + ( ) - . /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="425"/>
        <source>%1 is outside the years %2 to %3 that CRM Desktop keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="431"/>
        <source>%1 is not a date: write it like %2, or --04-15 without the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="437"/>
        <source>A custom field needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="492"/>
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
        <source>&amp;Family name:</source>
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
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Keep in touch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remind me when I have not been in touch for this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>M&amp;iddle names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Suffi&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Ni&amp;ckname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emai&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="81"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="82"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="83"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="84"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="85"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="86"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="87"/>
        <source>Next activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="210"/>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="216"/>
        <location filename="../../crm_desktop/gui/navigation.py" line="185"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactViews</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="47"/>
        <source>Pin to &amp;Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="48"/>
        <source>Unpin from &amp;Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="49"/>
        <source>&amp;Business Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="51"/>
        <source>Show the contacts as business cards, or as a table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="108"/>
        <source>Convert lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="113"/>
        <source>Create an opening &amp;deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="119"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="121"/>
        <source>Deal &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="122"/>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="41"/>
        <source>Open · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="46"/>
        <source>Won on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="49"/>
        <source>Lost on %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="53"/>
        <source>Lost on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="62"/>
        <source>Created in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="78"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="80"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="81"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="83"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="86"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="206"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="87"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="88"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="89"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="95"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="99"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="46"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="52"/>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="53"/>
        <source>No close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="54"/>
        <source>%Ln day(s) in stage</source>
        <translation>
            <numerusform>%Ln day in stage</numerusform>
            <numerusform>%Ln days in stage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="60"/>
        <source>No next activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="168"/>
        <source>Deal card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="170"/>
        <source>&amp;Won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="171"/>
        <source>L&amp;ost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="169"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="172"/>
        <source>Reo&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="173"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="174"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="198"/>
        <source>Select a deal to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="207"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCloseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was won (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="52"/>
        <source>No competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="56"/>
        <source>Lost to &amp;competitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="63"/>
        <source>Accounts in the Competitor category are offered here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="37"/>
        <source>Delete %Ln deal(s)</source>
        <translation>
            <numerusform>Delete %Ln deal</numerusform>
            <numerusform>Delete %Ln deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="68"/>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="101"/>
        <source>Won: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="103"/>
        <source>Lost: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="131"/>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="158"/>
        <source>Edit deal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="186"/>
        <source>New deal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="219"/>
        <source>Delete deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>Expected c&amp;lose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>Cont&amp;acts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="156"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>On the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="158"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="226"/>
        <source>A deal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="228"/>
        <source>A deal needs an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="230"/>
        <source>The amount is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="232"/>
        <source>The currency is a three-letter ISO code (EUR, USD…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealSummary</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="31"/>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="32"/>
        <source>Won: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="33"/>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="51"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="95"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="47"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="48"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="49"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="50"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="51"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="52"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="53"/>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="23"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="30"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="24"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="25"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="31"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="26"/>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="27"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="32"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="32"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="33"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="34"/>
        <source>Sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="102"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="115"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="137"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="138"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="184"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="214"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="215"/>
        <source>Looking for duplicates failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="286"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="288"/>
        <source>%1 (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="408"/>
        <source>%Ln group(s) of probable duplicates</source>
        <translation>
            <numerusform>%Ln group of probable duplicates</numerusform>
            <numerusform>%Ln groups of probable duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="14"/>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="20"/>
        <source>These records are probably the same. Compare them, choose what to keep and click Merge; every e-mail, phone and address is kept unless you uncheck it. If they are different, click Not Duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="35"/>
        <source>&amp;Look among:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="45"/>
        <source>Kind of record searched for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="52"/>
        <source>Look for duplicates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="55"/>
        <source>&amp;Find Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="62"/>
        <source>Progress of the search for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="94"/>
        <source>Groups of probable duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="137"/>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="147"/>
        <source>The record that stays; the others are merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="162"/>
        <source>The records side by side: check what to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="190"/>
        <source>Merging accounts keeps every value of each: e-mails, phones, addresses, web pages and notes. Their contacts, activities and notes move to the account kept; the others go to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="210"/>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="222"/>
        <source>Merge the group into the record kept: the others go to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="225"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="232"/>
        <source>These are different: never show them as duplicates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="235"/>
        <source>&amp;Not Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyViews</name>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="272"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="281"/>
        <source>Nothing in the Trash matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="282"/>
        <source>No contact matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="285"/>
        <source>No contact matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="286"/>
        <source>Change or clear them in the filter panel above the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="290"/>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="291"/>
        <source>Deleted contacts wait here, ready to be restored, until you empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="295"/>
        <source>No contact has this category yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="296"/>
        <source>Give contacts this category in their editor, or select several and use Add to Category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="301"/>
        <source>No contact matches this smart folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="302"/>
        <source>It fills by itself as contacts come to match its search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="311"/>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="313"/>
        <source>No account is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="315"/>
        <source>No accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="316"/>
        <source>An account is a company you sell to; its people are your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="317"/>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="352"/>
        <source>No activity matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="355"/>
        <source>Nothing is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="356"/>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="357"/>
        <source>Nothing is due in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="358"/>
        <source>No open activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="359"/>
        <source>Nothing is done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="363"/>
        <source>Log a call or schedule a task from a contact&apos;s card, or here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="364"/>
        <source>New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="368"/>
        <source>Nothing on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="386"/>
        <source>No deal matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="387"/>
        <source>Change or clear them in the filters above the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="391"/>
        <source>No deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="393"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="398"/>
        <source>No deals here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="392"/>
        <location filename="../../crm_desktop/gui/empty_views.py" line="399"/>
        <source>A deal follows a sale from the first talk to won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="28"/>
        <source>The demo could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="29"/>
        <source>The demo opens in a window of its own; your database is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="33"/>
        <source>CRM Desktop is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="35"/>
        <source>The backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="37"/>
        <source>The backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="120"/>
        <location filename="../../crm_desktop/gui/error_text.py" line="39"/>
        <source>The database cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="122"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="41"/>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="43"/>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="45"/>
        <source>The file cannot be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="46"/>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="63"/>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="67"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="70"/>
        <source>The database %1 is already open in CRM Desktop (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="76"/>
        <source>Switch to the window that is open, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="84"/>
        <source>The backup %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="88"/>
        <source>Nothing was changed. Check that the disk has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="95"/>
        <source>Another program is writing to %1. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="98"/>
        <source>%1 cannot be written to. Check the file&apos;s permissions or free the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="102"/>
        <source>The disk holding %1 is full. Nothing was changed: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="106"/>
        <source>%1 is damaged. It has not been changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="109"/>
        <source>%1 is not a CRM Desktop database. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="112"/>
        <source>%1 was written by a newer CRM Desktop. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="116"/>
        <source>%1 cannot be opened. Check that its folder exists and is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="119"/>
        <source>%1 could not be upgraded. It was left as it was; a backup is in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="123"/>
        <source>%1 was not used: another user could change or plant files beside it (%2). Keep the database in a folder only you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="128"/>
        <source>The disk failed to read or write %1. What was being saved was not saved: check the disk (or the network drive), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="133"/>
        <source>There is no database at %1. Check its name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="139"/>
        <source>That record no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="146"/>
        <source>%1 is larger than %2, the most a file kept on a record may be. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="159"/>
        <source>A file could not be read or written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="163"/>
        <source>%1 could not be read or written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="168"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="169"/>
        <source>None of the files can be read, so nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="175"/>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="189"/>
        <source>The import stopped at line %2 of %1, which cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="197"/>
        <source>Nothing was imported. Correct the file, or import it without stopping at the first problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="206"/>
        <source>The export %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="211"/>
        <source>A file already there is as it was. Check that the folder exists and the disk has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="220"/>
        <source>The column mapping %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="227"/>
        <source>Choose another mapping file, or match the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="238"/>
        <source>%1 does not exist. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="241"/>
        <source>%1 is a folder, not a file of contacts. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="244"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="245"/>
        <source>%1 holds no contact card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="248"/>
        <source>%1 has no first row of column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="251"/>
        <source>%1 has its column names but no row of contacts under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="254"/>
        <source>%1 holds no appointment or task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="257"/>
        <source>%1 is neither a file of contact cards (vCard) nor a table of contacts (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="261"/>
        <source>%1 cannot be read in the character set chosen for it. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="265"/>
        <source>%1 is not an e-mail message that can be read (an Outlook contact, appointment or task, or a damaged file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="270"/>
        <source>%1 is an Outlook message (.msg). Reading it needs the optional extract-msg package, which this command installs: %2. Or save the message from Outlook as .eml and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="280"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="287"/>
        <source>%1 is damaged, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="290"/>
        <source>%1 is not a CRM Desktop database, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="293"/>
        <source>%1 was written by a newer CRM Desktop, so this version cannot restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="299"/>
        <source>%1 cannot be read, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="304"/>
        <source>Nothing was changed: your contacts are as they were. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="316"/>
        <source>%1 is larger than %2 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="319"/>
        <source>%1: a line is longer than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="320"/>
        <source>%1: a row is longer than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="321"/>
        <source>%1: the photo is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="322"/>
        <source>%1: the header row has more than %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="325"/>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="329"/>
        <source>Nothing was imported. Split the file, or remove what is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="23"/>
        <source>vCard 3.0 (Apple, Google, Thunderbird)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="24"/>
        <source>vCard 4.0 (CardDAV servers, newer apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="25"/>
        <source>vCard 2.1 (old Outlook, old phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="28"/>
        <source>Outlook CSV (Outlook, Excel, most programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="30"/>
        <source>Google CSV (Google Contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="33"/>
        <source>Mail merge CSV: an address block and the usual fields (Word, Writer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="40"/>
        <source>iCalendar: these contacts&apos; activities (Outlook, Thunderbird)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="76"/>
        <source>The &amp;selected contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="80"/>
        <source>The contacts the sea&amp;rch shows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="105"/>
        <source>&amp;Export</source>
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
        <source>The contacts the sea&amp;rch shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>Include the acc&amp;ounts, as company cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="169"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="185"/>
        <source>Save file as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="71"/>
        <source>Attach %Ln file(s)</source>
        <translation>
            <numerusform>Attach %Ln file</numerusform>
            <numerusform>Attach %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="74"/>
        <source>Remove %Ln file(s)</source>
        <translation>
            <numerusform>Remove %Ln file</numerusform>
            <numerusform>Remove %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="248"/>
        <location filename="../../crm_desktop/gui/files_section.py" line="254"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="249"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="251"/>
        <source>Keep a file on this record (or drop files on the card); at most 100 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="339"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="340"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="342"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Lead status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Deal stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>All of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>Any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="159"/>
        <source>Last contact on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="160"/>
        <source>Last contact before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="161"/>
        <source>Has open activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="162"/>
        <source>Keep in touch overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="163"/>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="164"/>
        <source>Save as &amp;Smart Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="174"/>
        <source>Any</source>
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
        <source>When a card is somebody you have (same UID, or a shared email or phone and a compatible name)</source>
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
        <source>C&amp;haracter set of files that do not name theirs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="87"/>
        <source>S&amp;top at the first card that cannot be read, and import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="18"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="19"/>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="20"/>
        <source>Greek (Windows-1253)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="21"/>
        <source>Greek (ISO 8859-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="22"/>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="23"/>
        <source>Central European (Windows-1250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="24"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="25"/>
        <source>Japanese (Shift JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="70"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="274"/>
        <source>%Ln file(s) could not be read at all; the others were imported.</source>
        <translation>
            <numerusform>%Ln file could not be read at all; the others were imported.</numerusform>
            <numerusform>%Ln files could not be read at all; the others were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="279"/>
        <source>%Ln possible duplicate(s) created and recorded for you to review.</source>
        <translation>
            <numerusform>%Ln possible duplicate created and recorded for you to review.</numerusform>
            <numerusform>%Ln possible duplicates created and recorded for you to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="38"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="39"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="40"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="41"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="42"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="43"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="46"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="47"/>
        <source>Create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="57"/>
        <source>%1 (new, line %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="165"/>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="171"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPace</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="68"/>
        <source>Importing: %1 so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="69"/>
        <source>Importing: reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="71"/>
        <source>Importing %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="82"/>
        <source>%1 a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="86"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="90"/>
        <source>about %Ln second(s) left</source>
        <translation>
            <numerusform>about %Ln second left</numerusform>
            <numerusform>about %Ln seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="92"/>
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>about %Ln minute left</numerusform>
            <numerusform>about %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="93"/>
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>about %Ln hour left</numerusform>
            <numerusform>about %Ln hours left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="161"/>
        <source>Reading the files: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="171"/>
        <source>Reading the files: %Ln card(s) so far…</source>
        <translation>
            <numerusform>Reading the files: %Ln card so far…</numerusform>
            <numerusform>Reading the files: %Ln cards so far…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="173"/>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="230"/>
        <source>Will be imported, with a warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="255"/>
        <source>%Ln card(s) to add as new</source>
        <translation>
            <numerusform>%Ln card to add as new</numerusform>
            <numerusform>%Ln cards to add as new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="256"/>
        <source>%Ln card(s) to merge into a contact</source>
        <translation>
            <numerusform>%Ln card to merge into a contact</numerusform>
            <numerusform>%Ln cards to merge into a contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="261"/>
        <source>%Ln possible duplicate(s) to review later</source>
        <translation>
            <numerusform>%Ln possible duplicate to review later</numerusform>
            <numerusform>%Ln possible duplicates to review later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="267"/>
        <source>%Ln card(s) to skip</source>
        <translation>
            <numerusform>%Ln card to skip</numerusform>
            <numerusform>%Ln cards to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="269"/>
        <source>%Ln card(s) that cannot be read</source>
        <translation>
            <numerusform>%Ln card that cannot be read</numerusform>
            <numerusform>%Ln cards that cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="272"/>
        <source>%Ln file(s) that cannot be read at all</source>
        <translation>
            <numerusform>%Ln file that cannot be read at all</numerusform>
            <numerusform>%Ln files that cannot be read at all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="276"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="284"/>
        <source>Merges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="287"/>
        <source>Possible duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="292"/>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="330"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="333"/>
        <source>Merge it into that contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="334"/>
        <source>Skip the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="335"/>
        <source>Create a new contact anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="14"/>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="20"/>
        <source>Nothing has been written yet. This is what the import will do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="48"/>
        <source>When a card is a &amp;contact you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="58"/>
        <source>What to do with a card that is a contact you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="84"/>
        <source>Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="90"/>
        <source>Each of these cards is a contact you have (or a card read before it), and adds to it what it lacks; nothing is overwritten. Untick a card (Space) to create it as a new contact instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="106"/>
        <source>Cards to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="126"/>
        <location filename="../../ui/import_preview_dialog.ui" line="148"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="132"/>
        <source>These cards share an e-mail address, a phone number or a name with a contact, but it is not sure they are the same person: each will be created as a new contact and listed in Contacts &gt; Find Duplicates for you to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="168"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="174"/>
        <source>These cards cannot be read and will not be imported, or will be imported with the warning given. The other cards are imported all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="190"/>
        <source>Problems by file and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="228"/>
        <source>Reading the files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="112"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="113"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="59"/>
        <source>Go to letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="60"/>
        <source>Go to the names starting with a letter (click, or type it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="312"/>
        <source>None of these contacts has a postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="315"/>
        <source>A sheet needs at least one row and one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="316"/>
        <source>A label needs a width and a height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="317"/>
        <source>The pitch is smaller than the label: labels would overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="318"/>
        <source>The labels do not fit across the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="319"/>
        <source>The labels do not fit down the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="410"/>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="346"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>envelopes.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>labels.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="367"/>
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="377"/>
        <source>%1 × %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="382"/>
        <source>%1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="385"/>
        <source>Avery %1 (%2, %3 × %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="394"/>
        <source>Print Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="396"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="399"/>
        <source>The selected contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="403"/>
        <source>The contacts the list shows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="408"/>
        <source>&amp;Print on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="409"/>
        <source>A label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="411"/>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="414"/>
        <source>Custom grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="387"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="415"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="387"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="416"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>&amp;Top margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Left margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>Across p&amp;itch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Down pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="421"/>
        <source>Start at la&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="426"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="428"/>
        <source>On a partly used sheet: the first free label, counted across then down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="430"/>
        <source>Draw the labels&apos; &amp;edges (a test on plain paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="431"/>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="432"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="434"/>
        <source>DL (220 × 110 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="435"/>
        <source>C5 (229 × 162 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="436"/>
        <source>US #10 (9.5 × 4.125 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="440"/>
        <source>Print the se&amp;nder&apos;s address (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="442"/>
        <source>Your address, line by line (set it once in Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="444"/>
        <source>Pre&amp;view and Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="445"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="451"/>
        <source>Nothing is selected: the contacts the list shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="454"/>
        <source>%n of them have no postal address and are left out.</source>
        <translation>
            <numerusform>%n of them has no postal address and is left out.</numerusform>
            <numerusform>%n of them have no postal address and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="279"/>
        <source>No lead matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="281"/>
        <source>No leads yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="282"/>
        <source>Select contacts in the list and choose Contacts &gt; Mark as Lead… to qualify them and convert them when they are ready to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="291"/>
        <source>Leads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="315"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPane</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="176"/>
        <source>Conve&amp;rt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="177"/>
        <source>Lead status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="186"/>
        <source>Select a lead to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="203"/>
        <source>Disqualify lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="204"/>
        <source>Why is this lead disqualified?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="59"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="61"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="62"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCounts</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="11"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="14"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogBar</name>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="77"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="78"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="79"/>
        <source>Enter: log · Esc: dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="86"/>
        <source>Log the call to %1 at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="88"/>
        <source>Log the e-mail to %1 at %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogForEachDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="125"/>
        <source>Log Activity for Each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="134"/>
        <source>Sent Christmas card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="143"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="144"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="145"/>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailPeopleDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="63"/>
        <source>People from the e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="66"/>
        <source>%n person(s) in the imported e-mails are not among your contacts. Add the ones ticked as new contacts? Each is linked to the e-mails that name them.</source>
        <translation>
            <numerusform>%n person in the imported e-mails is not among your contacts. Add them as a new contact if ticked? They are linked to the e-mails that name them.</numerusform>
            <numerusform>%n people in the imported e-mails are not among your contacts. Add the ones ticked as new contacts? Each is linked to the e-mails that name them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="72"/>
        <source>&amp;Add as contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="73"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="74"/>
        <source>People not among your contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="127"/>
        <source>Search names, addresses, categories, notes, activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="288"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="560"/>
        <source>%1 — CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="563"/>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="261"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="257"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="97"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="68"/>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="272"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="306"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="43"/>
        <source>Folders and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="398"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="324"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="55"/>
        <source>Edit the selected contact (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="57"/>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="102"/>
        <source>Search the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="141"/>
        <source>Contacts and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="148"/>
        <source>Today, overdue, the week, the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="155"/>
        <source>Deals by stage, to drag along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="162"/>
        <source>Pipeline, forecast, won and lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="325"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="393"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="10"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="11"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="12"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="13"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="14"/>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="15"/>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="263"/>
        <source>Right-click to show or hide columns; drag to move them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_list.py" line="37"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/daily_backup.py" line="45"/>
        <source>Today&apos;s backup is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="41"/>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="42"/>
        <source>Create a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="48"/>
        <source>New &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="49"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="430"/>
        <source>Create an account (a company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="50"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="54"/>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="61"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="62"/>
        <source>Move the selected contacts to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="69"/>
        <source>Bring the selected contacts back from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="71"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="76"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="78"/>
        <source>Import contacts, activities and e-mails: vCard, CSV (Outlook, Google), iCalendar, e-mail (.eml, .mbox, .msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="89"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="91"/>
        <source>Export to vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) or iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="101"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="108"/>
        <source>Quit CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="109"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="113"/>
        <source>&amp;About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="114"/>
        <source>Version and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="115"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="120"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="121"/>
        <source>Back up the database, or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="122"/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="126"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="134"/>
        <source>Empty &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="127"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="135"/>
        <source>Delete for good what is in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="136"/>
        <source>Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="140"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="289"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="142"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="147"/>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="149"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="154"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="156"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="161"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="163"/>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="168"/>
        <source>New ac&amp;tivity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="169"/>
        <source>Schedule or log a call, meeting, task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="170"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="174"/>
        <source>Lo&amp;g a Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="175"/>
        <source>Log a call just made with the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="176"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="180"/>
        <source>Find &amp;Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="181"/>
        <source>Contacts or accounts that are probably the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="182"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="186"/>
        <source>Add to &amp;Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="187"/>
        <source>Put the selected contacts in a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="188"/>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="192"/>
        <source>Remove from Ca&amp;tegory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="193"/>
        <source>Take the selected contacts out of a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="194"/>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="198"/>
        <source>Mark as &amp;Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="200"/>
        <source>Make the selected contacts leads, to qualify and convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="204"/>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="208"/>
        <source>Set &amp;Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="210"/>
        <source>Give the selected contacts an account, a status or another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="214"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="218"/>
        <source>Log Activity for &amp;Each…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="219"/>
        <source>Log one done activity on each selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="220"/>
        <source>Ctrl+Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="224"/>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="225"/>
        <source>Show or hide the filters above the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="226"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="230"/>
        <source>&amp;Save Search as Smart Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="231"/>
        <source>Keep this search and folder in the folder pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="232"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="236"/>
        <source>Tr&amp;ash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="237"/>
        <source>Restore what was deleted, or delete it for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="238"/>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="242"/>
        <source>Prefere&amp;nces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="243"/>
        <source>The language of CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="244"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="303"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="429"/>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="433"/>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="434"/>
        <source>Edit the selected account (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="436"/>
        <source>Move the selected accounts to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="439"/>
        <source>Bring the selected accounts back from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="105"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="111"/>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="117"/>
        <source>Trash (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="123"/>
        <source>Deleted accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="137"/>
        <source>Leads (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="143"/>
        <source>Search: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="152"/>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="159"/>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="188"/>
        <source>Show this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="226"/>
        <source>&amp;Rename Smart Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="227"/>
        <source>Re&amp;move Smart Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="75"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="79"/>
        <source>Contacts, calendars and e-mails (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="84"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="85"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="86"/>
        <location filename="../../crm_desktop/gui/import_export.py" line="355"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="87"/>
        <source>E-mail files (*.eml *.mbox *.msg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="88"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="190"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="213"/>
        <source>%1 cards so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="225"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="227"/>
        <source>The operation stopped on an unexpected error and nothing was changed. Please report it with these details:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="240"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="241"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="264"/>
        <source>Imported %1, merged %2, skipped %3; %4 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="286"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="291"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="292"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="293"/>
        <source>%1, line %2: %3 merged into %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="294"/>
        <source>%1, line %2: %3 is perhaps %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="354"/>
        <source>activities.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="364"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="360"/>
        <source>contacts.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="357"/>
        <source>contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="361"/>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="358"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="407"/>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="414"/>
        <source>%1 events and to-dos exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="424"/>
        <source>%1 cards exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="13"/>
        <source>same card identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="14"/>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="15"/>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="16"/>
        <source>same website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="17"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="18"/>
        <source>same name in another alphabet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="19"/>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="20"/>
        <source>one has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="21"/>
        <source>none has a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="22"/>
        <source>same account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="23"/>
        <source>different names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="24"/>
        <source>a value others share too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="25"/>
        <source>different companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="26"/>
        <source>every value already there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeChoiceModel</name>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="46"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="47"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="48"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="49"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="50"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="51"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="52"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="53"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="54"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="55"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="56"/>
        <source>Keep in touch (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="63"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="64"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="65"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="66"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="67"/>
        <source>Instant messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="68"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="69"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="70"/>
        <source>vCard property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="187"/>
        <source>a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="262"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="264"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="268"/>
        <source>%1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="308"/>
        <source>Uncheck to leave this value out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="311"/>
        <source>Check the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextActivity</name>
    <message>
        <location filename="../../crm_desktop/gui/next_activity.py" line="23"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoDisplay</name>
    <message>
        <location filename="../../crm_desktop/gui/no_display.py" line="61"/>
        <source>no display: the window cannot be shown here; set DISPLAY (or WAYLAND_DISPLAY), or use the command line (crm-desktop --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="429"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="430"/>
        <source>Won
(drop a deal here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="431"/>
        <source>Lost
(drop a deal here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineFilters</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="151"/>
        <source>Any close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="152"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="153"/>
        <source>Closing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="154"/>
        <source>Closing next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="155"/>
        <source>Closing this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="156"/>
        <source>Closing in the next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="157"/>
        <source>Closing this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>C&amp;lose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>Account cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="176"/>
        <source>Li&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="168"/>
        <source>&amp;Amount from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="170"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="172"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="177"/>
        <source>Show the deals as a sortable list instead of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="185"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="129"/>
        <source>&amp;New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="130"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferenceFields</name>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Default currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Region for phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Keep in touch with new contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Remind of new activities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Automatic backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Folder for Back up now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="127"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="131"/>
        <source>The region&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="134"/>
        <source>The language&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="135"/>
        <source>not kept in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="136"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="137"/>
        <source>no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="138"/>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="139"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="140"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="141"/>
        <source>Beside the database, with the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="142"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="147"/>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/preferences_dialog.py" line="110"/>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="14"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="25"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="35"/>
        <source>Language of CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="42"/>
        <source>Your e-mail &amp;addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="52"/>
        <source>Your own e-mail addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="55"/>
        <source>you@example.com, you@work.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="62"/>
        <source>Your &amp;postal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="72"/>
        <source>Your own postal address, line by line: the sender on envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="78"/>
        <source>The sender on envelopes, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="87"/>
        <source>CRM Desktop speaks the language of the system unless you choose another here. The windows change at once; a message already on screen keeps its words until it is shown again. An imported e-mail sent from one of your own addresses is logged as sent, any other as received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="39"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="123"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="170"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="40"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="117"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="41"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="42"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="43"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="54"/>
        <source>Sum: %1 · Weighted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="63"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="75"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="88"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="87"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="105"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="92"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="93"/>
        <source>Export P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="95"/>
        <source>This &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="97"/>
        <source>The list, the pipeline or the report shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="100"/>
        <source>&amp;Selected contacts only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="102"/>
        <source>Only the contacts selected in the list, with its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="107"/>
        <source>The selected &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="109"/>
        <source>The selected contact, account or deal with its timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="114"/>
        <source>Print &amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="116"/>
        <source>The selected contacts&apos; addresses (or those the list shows) on labels or envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="61"/>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="85"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="100"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="101"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="102"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="103"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="124"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="125"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="155"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="126"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="152"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="128"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="131"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="148"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="149"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="164"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="169"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/label_painting.py" line="223"/>
        <location filename="../../crm_desktop/gui/printing.py" line="147"/>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="164"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="176"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_print_documents.py" line="50"/>
        <source>%1 (selected contacts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="88"/>
        <source>%1 (account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="91"/>
        <source>Add Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="92"/>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="93"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="114"/>
        <source>Choose one of your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="118"/>
        <source>No contact or account has this name: it is kept as a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="47"/>
        <source>Add Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="72"/>
        <source>Remove Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="151"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="158"/>
        <source>Add Relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="161"/>
        <source>Relationship Types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="202"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="217"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="218"/>
        <source>Remove this relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="13"/>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="14"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="15"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="16"/>
        <source>Direct report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="17"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="18"/>
        <source>Assistant to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="19"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="20"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="21"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="22"/>
        <source>Former employee of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="23"/>
        <source>Former employer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="24"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="25"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="26"/>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="27"/>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="28"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="29"/>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="30"/>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="31"/>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="32"/>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipTypesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="113"/>
        <source>Relationship Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="114"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="115"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="116"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="136"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="98"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="178"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="179"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="180"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="181"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="182"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="183"/>
        <source>As imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="188"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="189"/>
        <source>On date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="190"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="194"/>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="195"/>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="196"/>
        <source> occurrence(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="201"/>
        <source>On the first %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="202"/>
        <source>On the second %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="203"/>
        <source>On the third %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="204"/>
        <source>On the fourth %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="205"/>
        <source>On the last %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="211"/>
        <source>On day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="216"/>
        <source>Repeats by a rule from another calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="225"/>
        <source>day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="226"/>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="227"/>
        <source>month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="228"/>
        <source>year(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="46"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="47"/>
        <source>Forecast by month of expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="50"/>
        <source>Won and lost by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="51"/>
        <source>Activities done by kind and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="54"/>
        <source>Purchase history by account and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="57"/>
        <source>Referrals: who sends you business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="102"/>
        <source>No close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="146"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="171"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="150"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="172"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="193"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="217"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="168"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="169"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="215"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="269"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="355"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="395"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="170"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="216"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="197"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="218"/>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="214"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="268"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="239"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="270"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="374"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="243"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="272"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="271"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="397"/>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="273"/>
        <source>Lost amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="274"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="275"/>
        <source>Average days to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="289"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="308"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="309"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="310"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="353"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="354"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="356"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="396"/>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="357"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="381"/>
        <source>None won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="393"/>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="394"/>
        <source>People referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="178"/>
        <source>Chart c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="179"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesText</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="21"/>
        <source>Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="22"/>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="23"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="24"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="26"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="27"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="28"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="30"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="31"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="32"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="33"/>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="35"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="36"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="37"/>
        <source>Trade show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="38"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="39"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="40"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="42"/>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="43"/>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="44"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="45"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchMatch</name>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="21"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="22"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="23"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="24"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="25"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="26"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="27"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="28"/>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="29"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="30"/>
        <source>Other vCard field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="31"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="32"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="43"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="25"/>
        <source>Delete repeating activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="27"/>
        <source>Edit repeating activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="30"/>
        <source>“%1” repeats. Delete only this occurrence, or every one in the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="34"/>
        <source>“%1” repeats. Change only this occurrence, or every one in the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="43"/>
        <source>Only &amp;this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="44"/>
        <source>&amp;All in the series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFieldDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="68"/>
        <source>Set Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Keep in touch every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Lead status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="75"/>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="84"/>
        <source>Never (cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="85"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="97"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="98"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartFolderActions</name>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="56"/>
        <source>Save Search as Smart Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="57"/>
        <source>Name of the smart folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>Rename Smart Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="91"/>
        <source>Remove Smart Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="92"/>
        <source>Remove the smart folder “%1”? The contacts it shows stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="124"/>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="131"/>
        <source>Sum: %1
Weighted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="134"/>
        <source>No deals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="36"/>
        <source>The newest good backup was made on %1 and holds %Ln contact(s).</source>
        <translation>
            <numerusform>The newest good backup was made on %1 and holds %Ln contact.</numerusform>
            <numerusform>The newest good backup was made on %1 and holds %Ln contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="44"/>
        <source>The database %1 is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="48"/>
        <source>It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="54"/>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="82"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="57"/>
        <source>No backup of it was found. Keep the file: a copy of it may still be repaired. CRM Desktop will now quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="69"/>
        <source>The newest good backup was made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="74"/>
        <source>Restore it? The damaged file is kept beside it under another name; what changed since the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="88"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="87"/>
        <source>Sync Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="96"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="97"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="98"/>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="108"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="164"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="109"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="115"/>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="123"/>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="124"/>
        <source>Keep the Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="131"/>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="135"/>
        <source>The same field was changed here and on the server. Yours is kept until you choose; the server&apos;s version is kept here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="163"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="204"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="208"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="214"/>
        <source>Add Sync Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="216"/>
        <source>No keyring is available on this system: the password was not kept, and will be asked for once each session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="79"/>
        <source>The server address cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="80"/>
        <source>The server cannot be reached (offline?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="81"/>
        <source>The server did not answer in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="82"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="83"/>
        <source>The server refused the user name or password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="84"/>
        <source>The server does not allow this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="85"/>
        <source>The server&apos;s copy changed meanwhile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="86"/>
        <source>The server has no room left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="87"/>
        <source>The server has no such address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="88"/>
        <source>The server offers no address book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="89"/>
        <source>No keyring is available to keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="90"/>
        <source>No password is known for this account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="91"/>
        <source>The server&apos;s reply could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="98"/>
        <source>%1: %2 sent, %3 received, %4 updated, %5 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="108"/>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="114"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="115"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/window_sync.py" line="118"/>
        <source>%n conflict(s) to resolve (File &gt; Sync Accounts)</source>
        <translation>
            <numerusform>%n conflict to resolve (File &gt; Sync Accounts)</numerusform>
            <numerusform>%n conflicts to resolve (File &gt; Sync Accounts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="34"/>
        <source>The database is in a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="35"/>
        <source>The database %1 is in a folder that %2 keeps in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="41"/>
        <source>Sync services copy the database while CRM Desktop writes to it, which can damage it or make conflicting copies. Keep the database in a folder that is not synced (start CRM Desktop with --db to choose one), and put exports or backups in the synced folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="52"/>
        <source>&amp;Don&apos;t show this again for this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_week.py" line="469"/>
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln more</numerusform>
            <numerusform>+%Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="508"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="510"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="509"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="511"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="512"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="513"/>
        <source>Activities by time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="514"/>
        <source>Activities without a time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="74"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="76"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="90"/>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="226"/>
        <source> pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="164"/>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="195"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="165"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="167"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="168"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="169"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="170"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="171"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="172"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="173"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="177"/>
        <source>Show only one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="179"/>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="180"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="181"/>
        <source>Schedule a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="182"/>
        <source>Log an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="183"/>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="187"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="188"/>
        <source>New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="189"/>
        <source>When the task is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="190"/>
        <source>No deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="191"/>
        <source>The open deal this is about (its timeline shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="192"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="194"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="318"/>
        <source>What was said (Enter logs the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="319"/>
        <source>Write a note (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="320"/>
        <source>What to do (Enter schedules it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="321"/>
        <source>What the email was about (Enter logs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="322"/>
        <source>What the meeting was about (Enter logs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="381"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Pin to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="388"/>
        <source>Mark as &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="398"/>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="401"/>
        <source>Save %1 as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="407"/>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="392"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="25"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="28"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="31"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="34"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="37"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="40"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="43"/>
        <source>Permanently delete the %Ln item(s) in the Trash?</source>
        <translation>
            <numerusform>Permanently delete the %Ln item in the Trash?</numerusform>
            <numerusform>Permanently delete the %Ln items in the Trash?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="57"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="73"/>
        <location filename="../../crm_desktop/gui/trash.py" line="89"/>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="74"/>
        <source>The Trash is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="83"/>
        <source>This cannot be undone (a backup of the database is made first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="91"/>
        <source>&amp;Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="129"/>
        <source>All kinds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="130"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="131"/>
        <source>Accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="132"/>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="133"/>
        <source>Activities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="134"/>
        <source>Files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="135"/>
        <source>Deals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="190"/>
        <location filename="../../ui/trash_dialog.ui" line="98"/>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="192"/>
        <source>There is nothing of this kind in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="14"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="20"/>
        <source>Deleted contacts, accounts, notes and activities stay here until you empty the Trash. Select some and click Restore to bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="35"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="45"/>
        <source>Kind of record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="67"/>
        <source>Records in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="113"/>
        <source>Bring the selected records back from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="116"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="123"/>
        <source>Delete for good everything in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="126"/>
        <source>Empty &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="71"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="72"/>
        <source>Name or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="73"/>
        <source>Deleted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="28"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="29"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="30"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="31"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="32"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="33"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="37"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="38"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="39"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="40"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="41"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeNamesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="62"/>
        <source>Relationship Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="64"/>
        <source>&amp;Inverse (on the other card):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="67"/>
        <source>The same word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="39"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="40"/>
        <source>Bring back what was just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="92"/>
        <source>%1 — Undo (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="102"/>
        <source>Welcome to CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="105"/>
        <source>There are no contacts yet. Bring in the ones you already have, or start with the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="111"/>
        <source>Import from Outlook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="113"/>
        <source>In Outlook: File &gt; Open &amp; Export &gt; Import/Export &gt; Export to a file &gt; Comma Separated Values. Outlook.com: People &gt; Manage contacts &gt; Export contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="119"/>
        <source>Import from Google…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="121"/>
        <source>At contacts.google.com: Export, then Google CSV or vCard. The file goes to your Downloads folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="126"/>
        <source>Import from a phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="128"/>
        <source>Android: Contacts &gt; Fix &amp; manage &gt; Export to file (a .vcf file). iPhone: at icloud.com/contacts select all, then Export vCard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="133"/>
        <source>Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="135"/>
        <source>Any other program or spreadsheet: save the list as CSV; you then say which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Add a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Type in the first one yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="141"/>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="143"/>
        <source>A separate window with sample contacts, accounts and activities, to look around in. Nothing of it is added to your own database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSchedule</name>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="79"/>
        <source>Overdue activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="68"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="169"/>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="171"/>
        <source>Sync with your CardDAV/CalDAV servers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="175"/>
        <source>S&amp;ync Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="199"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="234"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="236"/>
        <source>No keyring keeps the password of %1 (%2). Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="288"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="126"/>
        <source>Search activities: subjects, details, places, people…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
