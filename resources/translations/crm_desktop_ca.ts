<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/about_dialog.py" line="29"/>
        <source>Version %1</source>
        <translation>Versió %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="14"/>
        <source>About CRM Desktop</source>
        <translation>Quant al CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="28"/>
        <source>CRM Desktop icon</source>
        <translation>Icona del CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="37"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="62"/>
        <source>An offline-first personal CRM: your contacts, accounts, activities and notes, in one private file on your own disk.</source>
        <translation>Un CRM personal pensat per funcionar sense connexió: els vostres contactes, comptes, activitats i notes, en un únic fitxer privat al vostre propi disc.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="74"/>
        <source>Database:</source>
        <translation>Base de dades:</translation>
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
        <translation>Fitxa del compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="88"/>
        <source>Select an account to see it here.</source>
        <translation>Seleccioneu un compte per veure&apos;l aquí.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="106"/>
        <location filename="../../crm_desktop/gui/account_card.py" line="110"/>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="120"/>
        <source>Contacts (%1)</source>
        <translation>Contactes (%1)</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <source>New account</source>
        <translation>Compte nou</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <location filename="../../ui/account_editor.ui" line="6"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="63"/>
        <source>Give the account a name.</source>
        <translation>Doneu un nom al compte.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="67"/>
        <source>%1 is not a phone number.</source>
        <translation>«%1» no és un número de telèfon.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="71"/>
        <source>%1 is not an email address.</source>
        <translation>«%1» no és una adreça de correu electrònic.</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="12"/>
        <source>&amp;Website:</source>
        <translation>Lloc &amp;web:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="13"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="14"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="18"/>
        <source>P&amp;hones:</source>
        <translation>&amp;Telèfons:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="22"/>
        <source>Add phone</source>
        <translation>Afegeix un telèfon</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="23"/>
        <source>Remove phone</source>
        <translation>Treu el telèfon</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="27"/>
        <source>&amp;Emails:</source>
        <translation>&amp;Correus electrònics:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="31"/>
        <source>Add email</source>
        <translation>Afegeix un correu electrònic</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="32"/>
        <source>Remove email</source>
        <translation>Treu el correu electrònic</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="36"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="21"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="22"/>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="24"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="25"/>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Today</source>
        <translation>Avui</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Overdue</source>
        <translation>Vençudes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Next 7 days</source>
        <translation>Propers 7 dies</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>All open</source>
        <translation>Totes les obertes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>Done</source>
        <translation>Fetes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="247"/>
        <source>&amp;New activity…</source>
        <translation>Activitat &amp;nova…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="248"/>
        <source>Mark as d&amp;one…</source>
        <translation>&amp;Marca com a feta…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;ita…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="250"/>
        <source>&amp;Delete</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="253"/>
        <source>Keeping in touch</source>
        <translation>Mantenir el contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="254"/>
        <source>Upcoming birthdays and anniversaries</source>
        <translation>Propers aniversaris i commemoracions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="255"/>
        <source>Activities</source>
        <translation>Activitats</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="256"/>
        <source>The day&apos;s activities</source>
        <translation>Les activitats del dia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="257"/>
        <source>Drag an activity onto a day to move it there</source>
        <translation>Arrossegueu una activitat a un dia per moure-la-hi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="314"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activitat</numerusform>
            <numerusform>%Ln activitats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="358"/>
        <source>Activities on %1: %2</source>
        <translation>%1 — activitats: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="387"/>
        <source>%1 — %2, anniversary</source>
        <translation>%1 — %2, commemoració</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="389"/>
        <source>%1 — %2, anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>%1 — %2, commemoració (%Ln any)</numerusform>
            <numerusform>%1 — %2, commemoració (%Ln anys)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="398"/>
        <source>%1 — never contacted</source>
        <translation>%1 — cap contacte fins ara</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="401"/>
        <source>%1 — last contact %2</source>
        <translation>%1 — darrer contacte: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="408"/>
        <source>No one is waiting to hear from you.</source>
        <translation>Ningú no espera notícies vostres.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="411"/>
        <source>today</source>
        <translation>avui</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="416"/>
        <source>%1 — %2, turns %3</source>
        <translation>%1 — %2, fa %3 anys</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="422"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="428"/>
        <source>No birthdays or anniversaries in the next %1 days.</source>
        <translation>No hi ha aniversaris ni commemoracions en els propers %1 dies.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="531"/>
        <source>Mark as &amp;done…</source>
        <translation>&amp;Marca com a feta…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="534"/>
        <source>Move to &amp;tomorrow</source>
        <translation>Mou a &amp;demà</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="227"/>
        <source>Follow-up: </source>
        <translation>Seguiment: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="242"/>
        <source>Call with %1</source>
        <translation>Trucada amb %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="244"/>
        <source>E-mail to %1</source>
        <translation>Correu electrònic a %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="361"/>
        <source>Edit note</source>
        <translation>Edita la nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="362"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="43"/>
        <source>Log call</source>
        <translation>Registre de trucada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="44"/>
        <source>Log meeting</source>
        <translation>Registre de reunió</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="45"/>
        <source>Log e-mail</source>
        <translation>Registre de correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="46"/>
        <source>Log letter</source>
        <translation>Registre de carta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="48"/>
        <source>Log task</source>
        <translation>Registre de tasca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="50"/>
        <source>New call</source>
        <translation>Trucada nova</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="51"/>
        <source>New meeting</source>
        <translation>Reunió nova</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="52"/>
        <source>New e-mail</source>
        <translation>Correu electrònic nou</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="53"/>
        <source>New letter</source>
        <translation>Carta nova</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="55"/>
        <source>New task</source>
        <translation>Tasca nova</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="63"/>
        <source>Cancel activity</source>
        <translation>Cancel·lació de l&apos;activitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="64"/>
        <source>Reopen activity</source>
        <translation>Reobertura de l&apos;activitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="65"/>
        <source>Edit activity</source>
        <translation>Edició de l&apos;activitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="68"/>
        <source>Mark done</source>
        <translation>Marca com a feta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="71"/>
        <source>Reschedule activity</source>
        <translation>Reprogramació de l&apos;activitat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="75"/>
        <source>Delete %Ln activity(ies)</source>
        <translation>
            <numerusform>Supressió de %Ln activitat</numerusform>
            <numerusform>Supressió de %Ln activitats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="77"/>
        <source>Delete %Ln note(s)</source>
        <translation>
            <numerusform>Supressió de %Ln nota</numerusform>
            <numerusform>Supressió de %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="78"/>
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>Supressió de %Ln element</numerusform>
            <numerusform>Supressió de %Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="83"/>
        <source>Deleted %Ln activity(ies)</source>
        <translation>
            <numerusform>S&apos;ha suprimit %Ln activitat</numerusform>
            <numerusform>S&apos;han suprimit %Ln activitats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="85"/>
        <source>Deleted %Ln note(s)</source>
        <translation>
            <numerusform>S&apos;ha suprimit %Ln nota</numerusform>
            <numerusform>S&apos;han suprimit %Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="86"/>
        <source>Deleted %Ln item(s)</source>
        <translation>
            <numerusform>S&apos;ha suprimit %Ln element</numerusform>
            <numerusform>S&apos;han suprimit %Ln elements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="89"/>
        <source>New note</source>
        <translation>Nota nova</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="92"/>
        <source>Edit note</source>
        <translation>Edició de la nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Pin note</source>
        <translation>Fixació de la nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Unpin note</source>
        <translation>Desfixació de la nota</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/activity_editor.ui" line="6"/>
        <source>Activity</source>
        <translation>Activitat</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipus:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="12"/>
        <source>S&amp;ubject:</source>
        <translation>Ass&amp;umpte:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="13"/>
        <source>What it is about</source>
        <translation>De què tracta</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="14"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Inici:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="15"/>
        <source>Start date and time</source>
        <translation>Data i hora d&apos;inici</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="16"/>
        <source>&amp;Due:</source>
        <translation>&amp;Venciment:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="17"/>
        <source>Due date and time</source>
        <translation>Data i hora de venciment</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="18"/>
        <source>Duratio&amp;n:</source>
        <translation>Dur&amp;ada:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source>Not set</source>
        <translation>Sense definir</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="20"/>
        <source>&amp;Location:</source>
        <translation>U&amp;bicació:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="22"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioritat:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="24"/>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stat:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="26"/>
        <source>&amp;Outcome:</source>
        <translation>Resu&amp;ltat:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="27"/>
        <source>What came of it</source>
        <translation>Què se n&apos;ha obtingut</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="28"/>
        <source>Re&amp;minder:</source>
        <translation>Rec&amp;ordatori:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="30"/>
        <source>&amp;Regarding:</source>
        <translation>&amp;Relacionat amb:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="33"/>
        <source>Contacts it regards</source>
        <translation>Contactes amb què està relacionada</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="36"/>
        <source>Type a name to add a contact</source>
        <translation>Escriviu un nom per afegir un contacte</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="37"/>
        <source>Remo&amp;ve</source>
        <translation>Tr&amp;eu</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="42"/>
        <source>&amp;Account:</source>
        <translation>Co&amp;mpte:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="44"/>
        <source>Deta&amp;ils:</source>
        <translation>&amp;Detalls:</translation>
    </message>
</context>
<context>
    <name>ActivityEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="156"/>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>New activity</source>
        <translation>Activitat nova</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="231"/>
        <source>Follow-up</source>
        <translation>Seguiment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="165"/>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="166"/>
        <source>R&amp;epeat:</source>
        <translation>Repeti&amp;ció:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>Activity</source>
        <translation>Activitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="171"/>
        <source>No reminder</source>
        <translation>Sense recordatori</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="173"/>
        <source>At the time</source>
        <translation>A l&apos;hora de l&apos;activitat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="175"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln dia abans</numerusform>
            <numerusform>%Ln dies abans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="177"/>
        <source>%Ln hour(s) before</source>
        <translation>
            <numerusform>%Ln hora abans</numerusform>
            <numerusform>%Ln hores abans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="178"/>
        <source>%Ln minute(s) before</source>
        <translation>
            <numerusform>%Ln minut abans</numerusform>
            <numerusform>%Ln minuts abans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="259"/>
        <source>Give the activity a subject.</source>
        <translation>Doneu un assumpte a l&apos;activitat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="267"/>
        <source>A reminder needs a start or a due time.</source>
        <translation>Un recordatori necessita una hora d&apos;inici o de venciment.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="273"/>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>Una activitat periòdica necessita una hora d&apos;inici o de venciment.</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="57"/>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="58"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="59"/>
        <source>Subject</source>
        <translation>Assumpte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="60"/>
        <source>Regarding</source>
        <translation>Relacionat amb</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="61"/>
        <source>Priority</source>
        <translation>Prioritat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="62"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_drag.py" line="67"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 i %Ln més</numerusform>
            <numerusform>%1 i %Ln més</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="26"/>
        <source>Call</source>
        <translation>Trucada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="27"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="28"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="29"/>
        <source>Meeting</source>
        <translation>Reunió</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="30"/>
        <source>Task</source>
        <translation>Tasca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="31"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="32"/>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="33"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="34"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="35"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="36"/>
        <source>Open</source>
        <translation>Oberta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="37"/>
        <source>Done</source>
        <translation>Feta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="38"/>
        <source>Cancelled</source>
        <translation>Cancel·lada</translation>
    </message>
</context>
<context>
    <name>AddSyncAccountDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="40"/>
        <source>Add Sync Account</source>
        <translation>Afegeix un compte de sincronització</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="50"/>
        <source>the first one (a new one when there is none)</source>
        <translation>el primer (un de nou si no n&apos;hi ha cap)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="56"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="57"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;usuari:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasenya:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="59"/>
        <source>Address &amp;book:</source>
        <translation>&amp;Llibreta d&apos;adreces:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="62"/>
        <source>Nextcloud, iCloud, Fastmail, Radicale, Baïkal and other CardDAV/CalDAV servers. The password is kept in your system&apos;s keyring, never in CRM Desktop&apos;s files.</source>
        <translation>Nextcloud, iCloud, Fastmail, Radicale, Baïkal i altres servidors CardDAV/CalDAV. La contrasenya es desa al clauer del sistema, mai als fitxers del CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="70"/>
        <source>&amp;Add</source>
        <translation>&amp;Afegeix</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../crm_desktop/gui/avatar.py" line="68"/>
        <source>Initials</source>
        <translation>Inicials</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="113"/>
        <source>Before an upgrade</source>
        <translation>Abans d&apos;una actualització</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="115"/>
        <source>Made by you</source>
        <translation>Feta per vós</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="116"/>
        <source>Daily</source>
        <translation>Diària</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="117"/>
        <source>Before an import</source>
        <translation>Abans d&apos;una importació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="118"/>
        <source>Before a merge</source>
        <translation>Abans d&apos;una combinació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="119"/>
        <source>Before a deletion</source>
        <translation>Abans d&apos;una supressió</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="120"/>
        <source>Before emptying the Trash</source>
        <translation>Abans de buidar la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="121"/>
        <source>Before a restore</source>
        <translation>Abans d&apos;una restauració</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="126"/>
        <source>unreadable</source>
        <translation>il·legible</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="141"/>
        <source>%1 is damaged. The newest backup that is sound is selected: click Restore to go back to it (the damaged database is kept as a backup first).</source>
        <translation>%1 està malmès. S&apos;ha seleccionat la còpia de seguretat en bon estat més recent: feu clic a «Restaura» per tornar-hi (abans, la base de dades malmesa es desa com a còpia de seguretat).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="145"/>
        <source>Copies of %1, newest first. To go back to one, select it and click Restore.</source>
        <translation>Còpies de %1, de la més recent a la més antiga. Per tornar a una de les còpies, seleccioneu-la i feu clic a «Restaura».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="198"/>
        <source>Backing up the database…</source>
        <translation>S&apos;està fent una còpia de seguretat de la base de dades…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="209"/>
        <source>The backup is saved as %1.</source>
        <translation>La còpia de seguretat s&apos;ha desat com a %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="210"/>
        <source>Back up now</source>
        <translation>Fes una còpia ara</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="226"/>
        <source>Restore from a file</source>
        <translation>Restauració des d&apos;un fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="230"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Bases de dades del CRM Desktop (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="231"/>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="249"/>
        <source>Replace everything in the database with the backup made on %1?</source>
        <translation>Voleu substituir tot el contingut de la base de dades per la còpia de seguretat feta el %1?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="252"/>
        <source>Replace everything in the database with the backup made on %1 (%Ln contact(s))?</source>
        <translation>
            <numerusform>Voleu substituir tot el contingut de la base de dades per la còpia de seguretat feta el %1 (%Ln contacte)?</numerusform>
            <numerusform>Voleu substituir tot el contingut de la base de dades per la còpia de seguretat feta el %1 (%Ln contactes)?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="261"/>
        <source>The database as it is now is backed up first: it will be at the top of this list, so you can come back to it.</source>
        <translation>Primer es fa una còpia de seguretat de la base de dades tal com és ara: apareixerà al principi d&apos;aquesta llista, de manera que hi podreu tornar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>Restore a backup</source>
        <translation>Restauració d&apos;una còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaura</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="277"/>
        <source>Restoring the backup… The database as it is now is backed up first.</source>
        <translation>S&apos;està restaurant la còpia de seguretat… Primer es fa una còpia de seguretat de la base de dades tal com és ara.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="291"/>
        <source>Backup restored</source>
        <translation>S&apos;ha restaurat la còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="292"/>
        <source>The database now holds the backup made on %1.</source>
        <translation>Ara la base de dades conté la còpia de seguretat feta el %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="14"/>
        <location filename="../../ui/backups_dialog.ui" line="33"/>
        <source>Backups</source>
        <translation>Còpies de seguretat</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="20"/>
        <source>Copies of your database, newest first.</source>
        <translation>Còpies de la vostra base de dades, de la més recent a la més antiga.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="55"/>
        <source>Made on</source>
        <translation>Data de creació</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="60"/>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="65"/>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="70"/>
        <source>Why</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="78"/>
        <source>There is no backup yet. Click “Back up now” to make one.</source>
        <translation>Encara no hi ha cap còpia de seguretat. Feu clic a «Fes una còpia ara» per crear-ne una.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="93"/>
        <source>&amp;Back up now</source>
        <translation>Fes una còpia &amp;ara</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="100"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaura…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="107"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaura des d&apos;un &amp;fitxer…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="47"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="48"/>
        <source>Close the message</source>
        <translation>Tanca el missatge</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Remove from Category</source>
        <translation>Treu de la categoria</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Add to Category</source>
        <translation>Afegeix a una categoria</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="251"/>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="259"/>
        <source>Take %n contact(s) out of “%1”?</source>
        <translation>
            <numerusform>Voleu treure %n contacte de «%1»?</numerusform>
            <numerusform>Voleu treure %n contactes de «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="266"/>
        <source>Take %n contact(s) out of a category</source>
        <translation>
            <numerusform>Treure %n contacte d&apos;una categoria</numerusform>
            <numerusform>Treure %n contactes d&apos;una categoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="261"/>
        <source>Put %n contact(s) in “%1”?</source>
        <translation>
            <numerusform>Voleu posar %n contacte a «%1»?</numerusform>
            <numerusform>Voleu posar %n contactes a «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="165"/>
        <source>The %n selected</source>
        <translation>
            <numerusform>El %n seleccionat</numerusform>
            <numerusform>Els %n seleccionats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="168"/>
        <source>All %n shown</source>
        <translation>
            <numerusform>El %n que es mostra</numerusform>
            <numerusform>Tots els %n que es mostren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set Field</source>
        <translation>Defineix el camp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set %1 on %n contact(s)?</source>
        <translation>
            <numerusform>Voleu definir %1 a %n contacte?</numerusform>
            <numerusform>Voleu definir %1 a %n contactes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="201"/>
        <source>Set a field on %n contact(s)</source>
        <translation>
            <numerusform>Definició d&apos;un camp a %n contacte</numerusform>
            <numerusform>Definició d&apos;un camp a %n contactes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="207"/>
        <source>the account “%1”</source>
        <translation>el compte «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="210"/>
        <source>no keep-in-touch interval</source>
        <translation>cap interval de seguiment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="211"/>
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>seguiment cada %n dia</numerusform>
            <numerusform>seguiment cada %n dies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="213"/>
        <source>the lead status “%1”</source>
        <translation>l&apos;estat del client potencial «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="216"/>
        <source>“%1” to “%2”</source>
        <translation>«%1» a «%2»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="230"/>
        <source>Log Activity for Each</source>
        <translation>Registra una activitat per a cadascun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="231"/>
        <source>Log “%1” for each of %n contact(s)?</source>
        <translation>
            <numerusform>Voleu registrar «%1» per a %n contacte?</numerusform>
            <numerusform>Voleu registrar «%1» per a cadascun dels %n contactes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="239"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>Registre d&apos;una activitat per a %n contacte</numerusform>
            <numerusform>Registre d&apos;una activitat per a %n contactes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="268"/>
        <source>Put %n contact(s) in a category</source>
        <translation>
            <numerusform>Posar %n contacte en una categoria</numerusform>
            <numerusform>Posar %n contactes en una categoria</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="277"/>
        <source>Mark as Lead</source>
        <translation>Marca com a client potencial</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="278"/>
        <source>Mark %n contact(s) as leads, to qualify and convert?</source>
        <translation>
            <numerusform>Voleu marcar %n contacte com a client potencial, per qualificar-lo i convertir-lo?</numerusform>
            <numerusform>Voleu marcar %n contactes com a clients potencials, per qualificar-los i convertir-los?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="284"/>
        <source>Mark %n contact(s) as leads</source>
        <translation>
            <numerusform>Marca %n contacte com a client potencial</numerusform>
            <numerusform>Marca %n contactes com a clients potencials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModes</name>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Week</source>
        <translation>Setmana</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="53"/>
        <source>Calendar view</source>
        <translation>Vista del calendari</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="53"/>
        <source>&amp;Automatic</source>
        <translation>&amp;Automàtic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="54"/>
        <source>&amp;Gregorian</source>
        <translation>&amp;Gregorià</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="55"/>
        <source>&amp;Solar Hijri (Persian)</source>
        <translation>Hègira &amp;solar (persa)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="56"/>
        <source>&amp;Islamic civil (Hijri)</source>
        <translation>&amp;Islàmic civil (Hègira)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="270"/>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendari</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="20"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="21"/>
        <source>Mobile phone</source>
        <translation>Telèfon mòbil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="22"/>
        <source>Business phone</source>
        <translation>Telèfon de la feina</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="23"/>
        <source>Home phone</source>
        <translation>Telèfon de casa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="24"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="27"/>
        <source>Business email</source>
        <translation>Correu electrònic de la feina</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="28"/>
        <source>Home email</source>
        <translation>Correu electrònic personal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="29"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="32"/>
        <source>Business address</source>
        <translation>Adreça de la feina</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="33"/>
        <source>Home address</source>
        <translation>Adreça de casa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="34"/>
        <source>Address</source>
        <translation>Adreça</translation>
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
        <translation>Targetes de visita</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="19"/>
        <source>Keep as a custom field</source>
        <translation>Conserva com a camp personalitzat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="20"/>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="21"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="22"/>
        <source>Prefix (Mr., Dr.)</source>
        <translation>Tractament (Sr., Dr.)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="23"/>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="24"/>
        <source>Middle names</source>
        <translation>Segons noms</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="25"/>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="26"/>
        <source>Suffix</source>
        <translation>Sufix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="27"/>
        <source>Nickname</source>
        <translation>Sobrenom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="28"/>
        <source>Account (company)</source>
        <translation>Compte (empresa)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="29"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="30"/>
        <source>Job title</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="31"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="32"/>
        <source>Email (work)</source>
        <translation>Correu electrònic (feina)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="33"/>
        <source>Email (home)</source>
        <translation>Correu electrònic (casa)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="34"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="35"/>
        <source>Phone (work)</source>
        <translation>Telèfon (feina)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="36"/>
        <source>Phone (home)</source>
        <translation>Telèfon (casa)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="37"/>
        <source>Mobile phone</source>
        <translation>Telèfon mòbil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="38"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="39"/>
        <source>Street</source>
        <translation>Carrer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="40"/>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="41"/>
        <source>Region</source>
        <translation>Regió</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="42"/>
        <source>Postal code</source>
        <translation>Codi postal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="43"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="44"/>
        <source>Web page</source>
        <translation>Pàgina web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="45"/>
        <source>Birthday</source>
        <translation>Aniversari</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="46"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="47"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="131"/>
        <source>Not sure which field this column fills: check the one chosen.</source>
        <translation>No és segur quin camp omple aquesta columna: comproveu el que s&apos;ha triat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>First values</source>
        <translation>Primers valors</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Field</source>
        <translation>Camp</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="137"/>
        <source>CRM Desktop does not know the columns of %1. Choose the field each one fills; a column left as a custom field is kept, never lost.</source>
        <translation>El CRM Desktop no reconeix les columnes de %1. Trieu el camp que omple cadascuna; una columna que es deixa com a camp personalitzat es conserva i no es perd mai.</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="6"/>
        <source>Match the columns</source>
        <translation>Correspondència de columnes</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="14"/>
        <source>Columns of the file</source>
        <translation>Columnes del fitxer</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="17"/>
        <source>&amp;Remember this for files with the same columns</source>
        <translation>&amp;Recorda-ho per als fitxers amb les mateixes columnes</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="51"/>
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Supressió de %Ln contacte</numerusform>
            <numerusform>Supressió de %Ln contactes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="55"/>
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>S&apos;ha suprimit %Ln contacte</numerusform>
            <numerusform>S&apos;han suprimit %Ln contactes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="58"/>
        <source>Deleted %Ln account(s)</source>
        <translation>
            <numerusform>S&apos;ha suprimit %Ln compte</numerusform>
            <numerusform>S&apos;han suprimit %Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="62"/>
        <source>Contact “%1” moved to the Trash</source>
        <translation>El contacte «%1» s&apos;ha mogut a la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="65"/>
        <source>Account “%1” moved to the Trash</source>
        <translation>El compte «%1» s&apos;ha mogut a la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="100"/>
        <source>Delete contact</source>
        <translation>Supressió del contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="122"/>
        <source>Restore from the Trash</source>
        <translation>Restauració des de la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="137"/>
        <source>New contact</source>
        <translation>Contacte nou</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="172"/>
        <source>Edit contact</source>
        <translation>Edició del contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="189"/>
        <source>New account</source>
        <translation>Compte nou</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="222"/>
        <source>Edit account</source>
        <translation>Edició del compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="240"/>
        <source>Delete account</source>
        <translation>Supressió del compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="257"/>
        <source>Restore account</source>
        <translation>Restauració del compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="285"/>
        <source>Merge contacts</source>
        <translation>Combinació de contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="328"/>
        <source>Not duplicates</source>
        <translation>Marcatge com a no duplicats</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="364"/>
        <source>Merge accounts</source>
        <translation>Combinació de comptes</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="55"/>
        <source>Mark as done</source>
        <translation>Marca com a feta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="59"/>
        <source>&amp;Outcome:</source>
        <translation>Resu&amp;ltat:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="60"/>
        <source>What came of it (left a message, agreed…)</source>
        <translation>Què se n&apos;ha obtingut (he deixat un missatge, hem arribat a un acord…)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="61"/>
        <source>&amp;Schedule a follow-up</source>
        <translation>&amp;Programa un seguiment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="63"/>
        <source>Mark as &amp;done</source>
        <translation>Marca com a &amp;feta</translation>
    </message>
</context>
<context>
    <name>ContactCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="98"/>
        <location filename="../../crm_desktop/gui/contact_card.py" line="112"/>
        <source>Contact card</source>
        <translation>Fitxa del contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="129"/>
        <source>Select a contact to see it here.</source>
        <translation>Seleccioneu un contacte per veure&apos;l aquí.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="169"/>
        <source>Next activity</source>
        <translation>Activitat següent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="203"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="152"/>
        <source>Show the contacts of this account</source>
        <translation>Mostra els contactes d&apos;aquest compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="165"/>
        <source>Title</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="166"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="185"/>
        <source>Birthday</source>
        <translation>Aniversari</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="186"/>
        <source>Anniversary</source>
        <translation>Commemoració</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="187"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Street</source>
        <translation>Carrer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>City</source>
        <translation>Ciutat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Region</source>
        <translation>Regió</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Postal code</source>
        <translation>Codi postal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="183"/>
        <source>Dialled as %1</source>
        <translation>Es marca com a %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="197"/>
        <source>Add category</source>
        <translation>Afegeix una categoria</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="198"/>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="241"/>
        <source>Discard the new contact?</source>
        <translation>Voleu descartar el contacte nou?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="242"/>
        <source>What you typed for this contact is not saved.</source>
        <translation>El que heu escrit per a aquest contacte no s&apos;ha desat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="246"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua editant</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Web page</source>
        <translation>Pàgina web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="310"/>
        <source>Add category…</source>
        <translation>Afegeix una categoria…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="311"/>
        <source>A new category, ticked for this contact</source>
        <translation>Una categoria nova, marcada per a aquest contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="313"/>
        <source>%1, or --04-15 without the year</source>
        <translation>%1, o --04-15 sense l&apos;any</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <source>New contact</source>
        <translation>Contacte nou</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <location filename="../../ui/contact_editor.ui" line="6"/>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="336"/>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>No photo</source>
        <translation>Sense foto</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="345"/>
        <source>%1 is larger than %2 MB: choose a smaller image.</source>
        <translation>%1 ocupa més de %2 MB: trieu una imatge més petita.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="352"/>
        <source>%1 cannot be read (%2).</source>
        <translation>No es pot llegir %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="360"/>
        <source>%1 is not an image this app can read.</source>
        <translation>%1 no és una imatge que aquesta aplicació pugui llegir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="371"/>
        <source>Choose a photo</source>
        <translation>Trieu una foto</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="373"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imatges (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="407"/>
        <source>%1 is not an email address.</source>
        <translation>«%1» no és una adreça de correu electrònic.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="412"/>
        <source>%1 is not a phone number (digits, spaces, + ( ) - . /).</source>
        <translation>«%1» no és un número de telèfon (xifres, espais, + ( ) - . /).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="425"/>
        <source>%1 is outside the years %2 to %3 that CRM Desktop keeps.</source>
        <translation>%1 és fora dels anys %2 a %3 que desa el CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="431"/>
        <source>%1 is not a date: write it like %2, or --04-15 without the year.</source>
        <translation>%1 no és una data: escriviu-la com %2, o --04-15 sense l&apos;any.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="437"/>
        <source>A custom field needs a label.</source>
        <translation>Un camp personalitzat necessita una etiqueta.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="492"/>
        <source>Give the contact a name, an email or a phone.</source>
        <translation>Doneu al contacte un nom, un correu electrònic o un telèfon.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Name and work</source>
        <translation>&amp;Nom i feina</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>C&amp;hoose photo…</source>
        <translation>Tria una &amp;foto…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remo&amp;ve photo</source>
        <translation>T&amp;reu la foto</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>or drop an image here</source>
        <translation>o deixeu anar una imatge aquí</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Tractament:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Given name:</source>
        <translation>N&amp;om:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Family name:</source>
        <translation>Co&amp;gnoms:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Shown as:</source>
        <translation>Nom &amp;visible:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Made from the name parts when empty</source>
        <translation>Si és buit, es forma a partir de les parts del nom</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A company you have, or a new one</source>
        <translation>Una empresa que ja teniu o una de nova</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Title:</source>
        <translation>Càrr&amp;ec:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Department:</source>
        <translation>&amp;Departament:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Birthday:</source>
        <translation>An&amp;iversari:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>1980-04-15, or --04-15 without the year</source>
        <translation>1980-04-15, o --04-15 sense l&apos;any</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Keep in touch:</source>
        <translation>Mantenir e&amp;l contacte:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remind me when I have not been in touch for this many days</source>
        <translation>Recorda-m&apos;ho quan faci aquests dies que no hi he tingut contacte</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Not set</source>
        <translation>Sense definir</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source> days</source>
        <translation> dies</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Emails and phones</source>
        <translation>&amp;Correus i telèfons</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emails</source>
        <translation>Correus electrònics</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add email</source>
        <translation>Afegeix un correu electrònic</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove email</source>
        <translation>Treu el correu electrònic</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>P&amp;hones:</source>
        <translation>&amp;Telèfons:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Phones</source>
        <translation>Telèfons</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add phone</source>
        <translation>Afegeix un telèfon</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove phone</source>
        <translation>Treu el telèfon</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Addresses and web</source>
        <translation>&amp;Adreces i web</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A&amp;ddresses:</source>
        <translation>A&amp;dreces:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Addresses</source>
        <translation>Adreces</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add address</source>
        <translation>Afegeix una adreça</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove address</source>
        <translation>Treu l&apos;adreça</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Web pages:</source>
        <translation>&amp;Pàgines web:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Web pages</source>
        <translation>Pàgines web</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add web page</source>
        <translation>Afegeix una pàgina web</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove web page</source>
        <translation>Treu la pàgina web</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;More</source>
        <translation>&amp;Més</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Categories:</source>
        <translation>Ca&amp;tegories:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom &amp;fields:</source>
        <translation>Camps &amp;personalitzats:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom fields</source>
        <translation>Camps personalitzats</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add field</source>
        <translation>Afegeix un camp</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove field</source>
        <translation>Treu el camp</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>M&amp;iddle names:</source>
        <translation>&amp;Segons noms:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Suffi&amp;x:</source>
        <translation>S&amp;ufix:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Ni&amp;ckname:</source>
        <translation>So&amp;brenom:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Acc&amp;ount:</source>
        <translation>Com&amp;pte:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emai&amp;ls:</source>
        <translation>Correus &amp;electrònics:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="80"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="81"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="82"/>
        <source>Title</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="83"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="84"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="85"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="86"/>
        <source>Last contact</source>
        <translation>Darrer contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="87"/>
        <source>Next activity</source>
        <translation>Activitat següent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="210"/>
        <source>%1, overdue</source>
        <translation>%1, endarrerida</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="216"/>
        <location filename="../../crm_desktop/gui/navigation.py" line="185"/>
        <source>(no name)</source>
        <translation>(sense nom)</translation>
    </message>
</context>
<context>
    <name>ContactViews</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="47"/>
        <source>Pin to &amp;Favourites</source>
        <translation>Fixa a &amp;Preferits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="48"/>
        <source>Unpin from &amp;Favourites</source>
        <translation>Treu de &amp;Preferits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="49"/>
        <source>&amp;Business Cards</source>
        <translation>&amp;Targetes de visita</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="51"/>
        <source>Show the contacts as business cards, or as a table (%1)</source>
        <translation>Mostra els contactes com a targetes de visita o com a taula (%1)</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="108"/>
        <source>Convert lead</source>
        <translation>Converteix el client potencial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="113"/>
        <source>Create an opening &amp;deal</source>
        <translation>Crea una &amp;oportunitat inicial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="119"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="121"/>
        <source>Deal &amp;title:</source>
        <translation>&amp;Títol de l&apos;oportunitat:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="122"/>
        <source>A&amp;mount:</source>
        <translation>I&amp;mport:</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="41"/>
        <source>Open · %1</source>
        <translation>Oberta · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="46"/>
        <source>Won on %1</source>
        <translation>Guanyada el %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="49"/>
        <source>Lost on %1 to %2</source>
        <translation>Perduda el %1 davant de %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="53"/>
        <source>Lost on %1</source>
        <translation>Perduda el %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="62"/>
        <source>Created in %1</source>
        <translation>Creada a %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="78"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="79"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="80"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="81"/>
        <source>Probability</source>
        <translation>Probabilitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="83"/>
        <source>Weighted</source>
        <translation>Ponderat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="86"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="206"/>
        <source>Expected close</source>
        <translation>Tancament previst</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="87"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="88"/>
        <source>Next step</source>
        <translation>Pas següent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="89"/>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="95"/>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="99"/>
        <source>Description</source>
        <translation>Descripció</translation>
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
        <translation>Endarrerida des del %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="53"/>
        <source>No close date</source>
        <translation>Sense data de tancament</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="54"/>
        <source>%Ln day(s) in stage</source>
        <translation>
            <numerusform>%Ln dia en l&apos;etapa</numerusform>
            <numerusform>%Ln dies en l&apos;etapa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="60"/>
        <source>No next activity</source>
        <translation>Cap activitat següent</translation>
    </message>
</context>
<context>
    <name>DealCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="168"/>
        <source>Deal card</source>
        <translation>Fitxa de l&apos;oportunitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="170"/>
        <source>&amp;Won…</source>
        <translation>&amp;Guanyada…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="171"/>
        <source>L&amp;ost…</source>
        <translation>&amp;Perduda…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="169"/>
        <source>Ed&amp;it…</source>
        <translation>E&amp;dita…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="172"/>
        <source>Reo&amp;pen</source>
        <translation>&amp;Reobre</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="173"/>
        <source>&amp;Delete</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="174"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="198"/>
        <source>Select a deal to see it here.</source>
        <translation>Seleccioneu una oportunitat per veure-la aquí.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="207"/>
        <source>%1 (overdue)</source>
        <translation>%1 (endarrerida)</translation>
    </message>
</context>
<context>
    <name>DealCloseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal won</source>
        <translation>Oportunitat guanyada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal lost</source>
        <translation>Oportunitat perduda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was won (optional)</source>
        <translation>Per què s&apos;ha guanyat (opcional)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was lost</source>
        <translation>Per què s&apos;ha perdut</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motiu:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="52"/>
        <source>No competitor</source>
        <translation>Cap competidor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="56"/>
        <source>Lost to &amp;competitor:</source>
        <translation>Perduda davant del &amp;competidor:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="63"/>
        <source>Accounts in the Competitor category are offered here.</source>
        <translation>Aquí s&apos;ofereixen els comptes de la categoria Competidor.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="37"/>
        <source>Delete %Ln deal(s)</source>
        <translation>
            <numerusform>Suprimeix %Ln oportunitat</numerusform>
            <numerusform>Suprimeix %Ln oportunitats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="68"/>
        <source>Move “%1” to %2</source>
        <translation>Mou «%1» a %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="101"/>
        <source>Won: “%1”</source>
        <translation>Guanyada: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="103"/>
        <source>Lost: “%1”</source>
        <translation>Perduda: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="131"/>
        <source>Reopen “%1”</source>
        <translation>Reobre «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="158"/>
        <source>Edit deal “%1”</source>
        <translation>Edita l&apos;oportunitat «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="186"/>
        <source>New deal “%1”</source>
        <translation>Oportunitat nova «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="219"/>
        <source>Delete deal</source>
        <translation>Suprimeix l&apos;oportunitat</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Compte:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;mount:</source>
        <translation>I&amp;mport:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilitat:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>Expected c&amp;lose:</source>
        <translation>Tancament pre&amp;vist:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Next step:</source>
        <translation>Pas &amp;següent:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripció:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>Cont&amp;acts:</source>
        <translation>Co&amp;ntactes:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="156"/>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>On the deal</source>
        <translation>A l&apos;oportunitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>Role</source>
        <translation>Funció</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="158"/>
        <source>Deal</source>
        <translation>Oportunitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="226"/>
        <source>A deal needs a title.</source>
        <translation>Una oportunitat necessita un títol.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="228"/>
        <source>A deal needs an account.</source>
        <translation>Una oportunitat necessita un compte.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="230"/>
        <source>The amount is not a number.</source>
        <translation>L&apos;import no és un nombre.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="232"/>
        <source>The currency is a three-letter ISO code (EUR, USD…).</source>
        <translation>La moneda és un codi ISO de tres lletres (EUR, USD…).</translation>
    </message>
</context>
<context>
    <name>DealSummary</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="31"/>
        <source>Open: %1</source>
        <translation>Obertes: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="32"/>
        <source>Won: %1</source>
        <translation>Guanyades: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="33"/>
        <source>Lost: %1</source>
        <translation>Perdudes: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="51"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="95"/>
        <source>Deals</source>
        <translation>Oportunitats</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="47"/>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="48"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="49"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="50"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="51"/>
        <source>Probability</source>
        <translation>Probabilitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="52"/>
        <source>Weighted</source>
        <translation>Ponderat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="53"/>
        <source>Close date</source>
        <translation>Data de tancament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="54"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
</context>
<context>
    <name>DetailTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="23"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="30"/>
        <source>Business</source>
        <translation>Feina</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="24"/>
        <source>Mobile</source>
        <translation>Mòbil</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="25"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="31"/>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="26"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="27"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="32"/>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="32"/>
        <source>Records</source>
        <translation>Registres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="33"/>
        <source>Why</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="34"/>
        <source>Sure</source>
        <translation>Certesa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="102"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="115"/>
        <source>(no name)</source>
        <translation>(sense nom)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="137"/>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="138"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="184"/>
        <source>Looking for duplicates…</source>
        <translation>S&apos;estan cercant duplicats…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="214"/>
        <source>Unexpected error</source>
        <translation>Error inesperat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="215"/>
        <source>Looking for duplicates failed: %1</source>
        <translation>La cerca de duplicats ha fallat: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="286"/>
        <source>(no name)</source>
        <translation>(sense nom)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="288"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (núm. %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="408"/>
        <source>%Ln group(s) of probable duplicates</source>
        <translation>
            <numerusform>%Ln grup de duplicats probables</numerusform>
            <numerusform>%Ln grups de duplicats probables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="14"/>
        <source>Find Duplicates</source>
        <translation>Cerca de duplicats</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="20"/>
        <source>These records are probably the same. Compare them, choose what to keep and click Merge; every e-mail, phone and address is kept unless you uncheck it. If they are different, click Not Duplicates.</source>
        <translation>Probablement aquests registres són el mateix. Compareu-los, trieu què voleu conservar i feu clic a «Combina»; es conserven tots els correus electrònics, telèfons i adreces, tret que els desmarqueu. Si són diferents, feu clic a «No són duplicats».</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="35"/>
        <source>&amp;Look among:</source>
        <translation>&amp;Cerca entre:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="45"/>
        <source>Kind of record searched for duplicates</source>
        <translation>Tipus de registre en què es cerquen duplicats</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="52"/>
        <source>Look for duplicates again</source>
        <translation>Torna a cercar duplicats</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="55"/>
        <source>&amp;Find Again</source>
        <translation>&amp;Torna a cercar</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="62"/>
        <source>Progress of the search for duplicates</source>
        <translation>Progrés de la cerca de duplicats</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="94"/>
        <source>Groups of probable duplicates</source>
        <translation>Grups de duplicats probables</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="137"/>
        <source>&amp;Keep:</source>
        <translation>C&amp;onserva:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="147"/>
        <source>The record that stays; the others are merged into it</source>
        <translation>El registre que es conserva; els altres s&apos;hi combinen</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="162"/>
        <source>The records side by side: check what to keep</source>
        <translation>Els registres l&apos;un al costat de l&apos;altre: marqueu què voleu conservar</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="190"/>
        <source>Merging accounts keeps every value of each: e-mails, phones, addresses, web pages and notes. Their contacts, activities and notes move to the account kept; the others go to the Trash.</source>
        <translation>En combinar comptes es conserven tots els valors de cadascun: correus electrònics, telèfons, adreces, pàgines web i notes. Els seus contactes, activitats i notes passen al compte que es conserva; els altres van a la Paperera.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="210"/>
        <source>No duplicates found.</source>
        <translation>No s&apos;ha trobat cap duplicat.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="222"/>
        <source>Merge the group into the record kept: the others go to the Trash</source>
        <translation>Combina el grup en el registre que es conserva: els altres van a la Paperera</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="225"/>
        <source>&amp;Merge</source>
        <translation>Co&amp;mbina</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="232"/>
        <source>These are different: never show them as duplicates again</source>
        <translation>Són diferents: no es tornaran a mostrar mai com a duplicats</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="235"/>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;No són duplicats</translation>
    </message>
</context>
<context>
    <name>EmptyViews</name>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="272"/>
        <source>Clear the search</source>
        <translation>Esborra la cerca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="281"/>
        <source>Nothing in the Trash matches “%1”.</source>
        <translation>Res de la Paperera no coincideix amb «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="282"/>
        <source>No contact matches “%1”.</source>
        <translation>Cap contacte no coincideix amb «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="285"/>
        <source>No contact matches the filters.</source>
        <translation>Cap contacte no coincideix amb els filtres.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="286"/>
        <source>Change or clear them in the filter panel above the list.</source>
        <translation>Canvieu-los o esborreu-los al tauler de filtres de sobre la llista.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="290"/>
        <source>The Trash is empty.</source>
        <translation>La Paperera és buida.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="291"/>
        <source>Deleted contacts wait here, ready to be restored, until you empty it.</source>
        <translation>Els contactes suprimits esperen aquí, a punt per restaurar-los, fins que la buideu.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="295"/>
        <source>No contact has this category yet.</source>
        <translation>Encara cap contacte no té aquesta categoria.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="296"/>
        <source>Give contacts this category in their editor, or select several and use Add to Category.</source>
        <translation>Assigneu aquesta categoria als contactes des del seu editor, o seleccioneu-ne diversos i feu servir «Afegeix a la categoria».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="301"/>
        <source>No contact matches this smart folder yet.</source>
        <translation>Encara cap contacte no coincideix amb aquesta carpeta intel·ligent.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="302"/>
        <source>It fills by itself as contacts come to match its search.</source>
        <translation>S&apos;omple sola a mesura que els contactes coincideixen amb la seva cerca.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="311"/>
        <source>No account matches “%1”.</source>
        <translation>Cap compte no coincideix amb «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="313"/>
        <source>No account is in the Trash.</source>
        <translation>No hi ha cap compte a la Paperera.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="315"/>
        <source>No accounts yet.</source>
        <translation>Encara no hi ha cap compte.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="316"/>
        <source>An account is a company you sell to; its people are your contacts.</source>
        <translation>Un compte és una empresa a la qual veneu; les seves persones són els vostres contactes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="317"/>
        <source>New account…</source>
        <translation>Compte nou…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="352"/>
        <source>No activity matches “%1”.</source>
        <translation>Cap activitat no coincideix amb «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="355"/>
        <source>Nothing is due today.</source>
        <translation>Avui no venç res.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="356"/>
        <source>Nothing is overdue.</source>
        <translation>No hi ha res vençut.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="357"/>
        <source>Nothing is due in the next 7 days.</source>
        <translation>No venç res els pròxims 7 dies.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="358"/>
        <source>No open activities.</source>
        <translation>No hi ha cap activitat oberta.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="359"/>
        <source>Nothing is done yet.</source>
        <translation>Encara no s&apos;ha fet res.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="363"/>
        <source>Log a call or schedule a task from a contact&apos;s card, or here.</source>
        <translation>Registreu una trucada o programeu una tasca des de la fitxa d&apos;un contacte, o des d&apos;aquí.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="364"/>
        <source>New activity…</source>
        <translation>Activitat nova…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="368"/>
        <source>Nothing on this day.</source>
        <translation>No hi ha res aquest dia.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="386"/>
        <source>No deal matches the filters.</source>
        <translation>Cap oportunitat no coincideix amb els filtres.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="387"/>
        <source>Change or clear them in the filters above the board.</source>
        <translation>Canvieu-los o esborreu-los als filtres de sobre el tauler.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="391"/>
        <source>No deals yet.</source>
        <translation>Encara no hi ha cap oportunitat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="393"/>
        <source>New deal…</source>
        <translation>Oportunitat nova…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="398"/>
        <source>No deals here.</source>
        <translation>Aquí no hi ha cap oportunitat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="392"/>
        <location filename="../../crm_desktop/gui/empty_views.py" line="399"/>
        <source>A deal follows a sale from the first talk to won or lost.</source>
        <translation>Una oportunitat segueix una venda des de la primera conversa fins que es guanya o es perd.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="28"/>
        <source>The demo could not be started.</source>
        <translation>No s&apos;ha pogut iniciar la demostració.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="29"/>
        <source>The demo opens in a window of its own; your database is not changed.</source>
        <translation>La demostració s&apos;obre en una finestra pròpia; la vostra base de dades no canvia.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="33"/>
        <source>CRM Desktop is already open</source>
        <translation>El CRM Desktop ja està obert</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="35"/>
        <source>The backup cannot be restored</source>
        <translation>No es pot restaurar la còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="37"/>
        <source>The backup failed</source>
        <translation>La còpia de seguretat ha fallat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="120"/>
        <location filename="../../crm_desktop/gui/error_text.py" line="39"/>
        <source>The database cannot be used</source>
        <translation>No es pot utilitzar la base de dades</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="122"/>
        <source>%1 cannot be opened: %2</source>
        <translation>No es pot obrir %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="41"/>
        <source>The file cannot be imported</source>
        <translation>No es pot importar el fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="43"/>
        <source>The export failed</source>
        <translation>L&apos;exportació ha fallat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="45"/>
        <source>The file cannot be attached</source>
        <translation>No es pot adjuntar el fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="46"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="63"/>
        <source>process %1 on %2</source>
        <translation>procés %1 a %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="67"/>
        <source>another program</source>
        <translation>un altre programa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="70"/>
        <source>The database %1 is already open in CRM Desktop (%2).</source>
        <translation>La base de dades %1 ja està oberta al CRM Desktop (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="76"/>
        <source>Switch to the window that is open, or close it and start again.</source>
        <translation>Aneu a la finestra que està oberta, o tanqueu-la i torneu a començar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="84"/>
        <source>The backup %1 could not be written (%2).</source>
        <translation>No s&apos;ha pogut escriure la còpia de seguretat %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="88"/>
        <source>Nothing was changed. Check that the disk has room, then try again.</source>
        <translation>No s&apos;ha canviat res. Comproveu que hi hagi espai al disc i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="95"/>
        <source>Another program is writing to %1. Close it, then try again.</source>
        <translation>Un altre programa està escrivint a %1. Tanqueu-lo i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="98"/>
        <source>%1 cannot be written to. Check the file&apos;s permissions or free the drive.</source>
        <translation>No es pot escriure a %1. Comproveu els permisos del fitxer o allibereu la unitat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="102"/>
        <source>The disk holding %1 is full. Nothing was changed: free some space and try again.</source>
        <translation>El disc on és %1 està ple. No s&apos;ha canviat res: allibereu espai i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="106"/>
        <source>%1 is damaged. It has not been changed; restore it from a backup.</source>
        <translation>%1 està malmès. No s&apos;ha modificat; restaureu-lo des d&apos;una còpia de seguretat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="109"/>
        <source>%1 is not a CRM Desktop database. Choose another file.</source>
        <translation>%1 no és una base de dades del CRM Desktop. Trieu un altre fitxer.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="112"/>
        <source>%1 was written by a newer CRM Desktop. Install the newer version to open it.</source>
        <translation>%1 l&apos;ha escrit una versió més nova del CRM Desktop. Instal·leu la versió més nova per obrir-lo.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="116"/>
        <source>%1 cannot be opened. Check that its folder exists and is yours.</source>
        <translation>No es pot obrir %1. Comproveu que la carpeta existeixi i que sigui vostra.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="119"/>
        <source>%1 could not be upgraded. It was left as it was; a backup is in its folder.</source>
        <translation>No s&apos;ha pogut actualitzar %1. S&apos;ha deixat tal com era; hi ha una còpia de seguretat a la seva carpeta.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="123"/>
        <source>%1 was not used: another user could change or plant files beside it (%2). Keep the database in a folder only you can write to.</source>
        <translation>No s&apos;ha utilitzat %1: un altre usuari podria canviar o col·locar fitxers al seu costat (%2). Deseu la base de dades en una carpeta on només hi pugueu escriure vós.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="128"/>
        <source>The disk failed to read or write %1. What was being saved was not saved: check the disk (or the network drive), then try again.</source>
        <translation>El disc no ha pogut llegir o escriure %1. El que s&apos;estava desant no s&apos;ha desat: comproveu el disc (o la unitat de xarxa) i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="133"/>
        <source>There is no database at %1. Check its name and folder.</source>
        <translation>No hi ha cap base de dades a %1. Comproveu-ne el nom i la carpeta.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="139"/>
        <source>That record no longer exists. It may have been deleted.</source>
        <translation>Aquest registre ja no existeix. Potser s&apos;ha suprimit.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="146"/>
        <source>%1 is larger than %2, the most a file kept on a record may be. Nothing was attached.</source>
        <translation>%1 és més gran que %2, la mida màxima d&apos;un fitxer desat en un registre. No s&apos;ha adjuntat res.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="159"/>
        <source>A file could not be read or written: %1.</source>
        <translation>No s&apos;ha pogut llegir o escriure un fitxer: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="163"/>
        <source>%1 could not be read or written: %2.</source>
        <translation>No s&apos;ha pogut llegir o escriure %1: %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="168"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="169"/>
        <source>None of the files can be read, so nothing was imported:</source>
        <translation>No es pot llegir cap dels fitxers, de manera que no s&apos;ha importat res:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="175"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 no és vàlid: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="189"/>
        <source>The import stopped at line %2 of %1, which cannot be read: %3</source>
        <translation>La importació s&apos;ha aturat a la línia %2 de %1, que no es pot llegir: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="197"/>
        <source>Nothing was imported. Correct the file, or import it without stopping at the first problem.</source>
        <translation>No s&apos;ha importat res. Corregiu el fitxer o importeu-lo sense aturar-vos al primer problema.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="206"/>
        <source>The export %1 could not be written (%2).</source>
        <translation>No s&apos;ha pogut escriure l&apos;exportació %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="211"/>
        <source>A file already there is as it was. Check that the folder exists and the disk has room, then try again.</source>
        <translation>Un fitxer que ja hi era s&apos;ha mantingut tal com era. Comproveu que la carpeta existeix i que el disc té espai, i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="220"/>
        <source>The column mapping %1 cannot be read (%2).</source>
        <translation>No es pot llegir l&apos;assignació de columnes %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="227"/>
        <source>Choose another mapping file, or match the columns again.</source>
        <translation>Trieu un altre fitxer d&apos;assignació o torneu a fer correspondre les columnes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="238"/>
        <source>%1 does not exist. Choose another file.</source>
        <translation>%1 no existeix. Trieu un altre fitxer.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="241"/>
        <source>%1 is a folder, not a file of contacts. Choose a file.</source>
        <translation>%1 és una carpeta, no un fitxer de contactes. Trieu un fitxer.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="244"/>
        <source>%1 is empty.</source>
        <translation>%1 és buit.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="245"/>
        <source>%1 holds no contact card.</source>
        <translation>%1 no conté cap targeta de contacte.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="248"/>
        <source>%1 has no first row of column names.</source>
        <translation>%1 no té una primera fila amb els noms de les columnes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="251"/>
        <source>%1 has its column names but no row of contacts under them.</source>
        <translation>%1 té els noms de les columnes però cap fila de contactes a sota.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="254"/>
        <source>%1 holds no appointment or task.</source>
        <translation>%1 no conté cap cita ni tasca.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="257"/>
        <source>%1 is neither a file of contact cards (vCard) nor a table of contacts (CSV).</source>
        <translation>%1 no és ni un fitxer de targetes de contacte (vCard) ni una taula de contactes (CSV).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="261"/>
        <source>%1 cannot be read in the character set chosen for it. Choose another one.</source>
        <translation>%1 no es pot llegir amb el joc de caràcters triat. Trieu-ne un altre.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="265"/>
        <source>%1 is not an e-mail message that can be read (an Outlook contact, appointment or task, or a damaged file).</source>
        <translation>%1 no és un missatge de correu electrònic que es pugui llegir (un contacte, una cita o una tasca de l&apos;Outlook, o un fitxer malmès).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="270"/>
        <source>%1 is an Outlook message (.msg). Reading it needs the optional extract-msg package, which this command installs: %2. Or save the message from Outlook as .eml and import that.</source>
        <translation>%1 és un missatge de l&apos;Outlook (.msg). Per llegir-lo cal el paquet opcional extract-msg, que s&apos;instal·la amb l&apos;ordre: %2. O bé deseu el missatge des de l&apos;Outlook com a .eml i importeu-lo.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="280"/>
        <source>Nothing was imported.</source>
        <translation>No s&apos;ha importat res.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="287"/>
        <source>%1 is damaged, so it cannot be restored.</source>
        <translation>%1 està malmès, de manera que no es pot restaurar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="290"/>
        <source>%1 is not a CRM Desktop database, so it cannot be restored.</source>
        <translation>%1 no és una base de dades del CRM Desktop, de manera que no es pot restaurar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="293"/>
        <source>%1 was written by a newer CRM Desktop, so this version cannot restore it.</source>
        <translation>%1 l&apos;ha escrit una versió més nova del CRM Desktop, de manera que aquesta versió no el pot restaurar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="299"/>
        <source>%1 cannot be read, so it cannot be restored.</source>
        <translation>No es pot llegir %1, de manera que no es pot restaurar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="304"/>
        <source>Nothing was changed: your contacts are as they were. Choose another backup.</source>
        <translation>No s&apos;ha canviat res: els vostres contactes són com eren. Trieu una altra còpia de seguretat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="316"/>
        <source>%1 is larger than %2 GB.</source>
        <translation>%1 ocupa més de %2 GB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="319"/>
        <source>%1: a line is longer than %2 MB.</source>
        <translation>%1: una línia ocupa més de %2 MB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="320"/>
        <source>%1: a row is longer than %2 MB.</source>
        <translation>%1: una fila ocupa més de %2 MB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="321"/>
        <source>%1: the photo is larger than %2 MB.</source>
        <translation>%1: la foto ocupa més de %2 MB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="322"/>
        <source>%1: the header row has more than %2 columns.</source>
        <translation>%1: la fila de capçalera té més de %2 columnes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="325"/>
        <source>%1 is too large.</source>
        <translation>%1 és massa gran.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="329"/>
        <source>Nothing was imported. Split the file, or remove what is too large.</source>
        <translation>No s&apos;ha importat res. Dividiu el fitxer o traieu-ne el que sigui massa gran.</translation>
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
        <translation>vCard 4.0 (servidors CardDAV, aplicacions més noves)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="25"/>
        <source>vCard 2.1 (old Outlook, old phones)</source>
        <translation>vCard 2.1 (Outlook antic, telèfons antics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="28"/>
        <source>Outlook CSV (Outlook, Excel, most programs)</source>
        <translation>CSV de l&apos;Outlook (Outlook, Excel, la majoria de programes)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="30"/>
        <source>Google CSV (Google Contacts)</source>
        <translation>CSV de Google (Contactes de Google)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="33"/>
        <source>Mail merge CSV: an address block and the usual fields (Word, Writer)</source>
        <translation>CSV de combinació de correspondència: un bloc d&apos;adreça i els camps habituals (Word, Writer)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="40"/>
        <source>iCalendar: these contacts&apos; activities (Outlook, Thunderbird)</source>
        <translation>iCalendar: les activitats d&apos;aquests contactes (Outlook, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="76"/>
        <source>The &amp;selected contacts (%1)</source>
        <translation>Els contactes &amp;seleccionats (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="80"/>
        <source>The contacts the sea&amp;rch shows (%1)</source>
        <translation>Els contactes que mostra la &amp;cerca (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="105"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporta</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>Export contacts</source>
        <translation>Exportació de contactes</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="20"/>
        <source>Export</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="26"/>
        <source>&amp;All contacts</source>
        <translation>&amp;Tots els contactes</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="36"/>
        <source>The &amp;selected contacts</source>
        <translation>Els contactes &amp;seleccionats</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>The contacts the sea&amp;rch shows</source>
        <translation>Els contactes que mostra la &amp;cerca</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>Include the acc&amp;ounts, as company cards</source>
        <translation>Inclou els c&amp;omptes com a targetes d&apos;empresa</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="169"/>
        <source>Attach files</source>
        <translation>Adjunta fitxers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="185"/>
        <source>Save file as</source>
        <translation>Desa el fitxer com a</translation>
    </message>
</context>
<context>
    <name>FileWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="71"/>
        <source>Attach %Ln file(s)</source>
        <translation>
            <numerusform>Adjunta %Ln fitxer</numerusform>
            <numerusform>Adjunta %Ln fitxers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="74"/>
        <source>Remove %Ln file(s)</source>
        <translation>
            <numerusform>Elimina %Ln fitxer</numerusform>
            <numerusform>Elimina %Ln fitxers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="248"/>
        <location filename="../../crm_desktop/gui/files_section.py" line="254"/>
        <source>Files</source>
        <translation>Fitxers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="249"/>
        <source>Attach file…</source>
        <translation>Adjunta un fitxer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="251"/>
        <source>Keep a file on this record (or drop files on the card); at most 100 MB</source>
        <translation>Desa un fitxer en aquest registre (o deixeu anar fitxers a la fitxa); com a màxim 100 MB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Size</source>
        <translation>Mida</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Attached</source>
        <translation>Adjuntat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="339"/>
        <source>&amp;Open</source>
        <translation>&amp;Obre</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="340"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Desa com a…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="342"/>
        <source>&amp;Remove</source>
        <translation>&amp;Elimina</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Account:</source>
        <translation>Compte:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>City:</source>
        <translation>Ciutat:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Lead status:</source>
        <translation>Estat del client potencial:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Deal stage:</source>
        <translation>Fase de l&apos;oportunitat:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>All of them</source>
        <translation>Totes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>Any of them</source>
        <translation>Qualsevol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="159"/>
        <source>Last contact on or after</source>
        <translation>Darrer contacte a partir del</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="160"/>
        <source>Last contact before</source>
        <translation>Darrer contacte abans del</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="161"/>
        <source>Has open activities</source>
        <translation>Té activitats obertes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="162"/>
        <source>Keep in touch overdue</source>
        <translation>Seguiment endarrerit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="163"/>
        <source>C&amp;lear Filters</source>
        <translation>Es&amp;borra els filtres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="164"/>
        <source>Save as &amp;Smart Folder…</source>
        <translation>Desa com a carpeta &amp;intel·ligent…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="174"/>
        <source>Any</source>
        <translation>Qualsevol</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="18"/>
        <source>Detect automatically</source>
        <translation>Detecta automàticament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="19"/>
        <source>Western European (Windows-1252)</source>
        <translation>Europeu occidental (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="20"/>
        <source>Greek (Windows-1253)</source>
        <translation>Grec (Windows-1253)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="21"/>
        <source>Greek (ISO 8859-7)</source>
        <translation>Grec (ISO 8859-7)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="22"/>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>Àrab i persa (Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="23"/>
        <source>Central European (Windows-1250)</source>
        <translation>Europeu central (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="24"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Ciríl·lic (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="25"/>
        <source>Japanese (Shift JIS)</source>
        <translation>Japonès (Shift JIS)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="14"/>
        <source>Import contacts</source>
        <translation>Importació de contactes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="20"/>
        <source>Files to import:</source>
        <translation>Fitxers per importar:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="30"/>
        <source>Files to import</source>
        <translation>Fitxers per importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="37"/>
        <source>When a card is somebody you have (same UID, or a shared email or phone and a compatible name)</source>
        <translation>Quan una targeta és algú que ja teniu (mateix UID, o un correu electrònic o telèfon compartit i un nom compatible)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="43"/>
        <source>&amp;Merge: add what is missing, never overwrite</source>
        <translation>&amp;Combina: afegeix el que falta, sense sobreescriure mai res</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="53"/>
        <source>&amp;Skip the card</source>
        <translation>&amp;Omet la targeta</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="60"/>
        <source>&amp;Create a new contact anyway</source>
        <translation>Crea un contacte &amp;nou igualment</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="72"/>
        <source>C&amp;haracter set of files that do not name theirs:</source>
        <translation>&amp;Joc de caràcters dels fitxers que no n&apos;indiquen cap:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="87"/>
        <source>S&amp;top at the first card that cannot be read, and import nothing</source>
        <translation>Interro&amp;mp a la primera targeta que no es pugui llegir, sense importar-ne cap</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="274"/>
        <source>%Ln file(s) could not be read at all; the others were imported.</source>
        <translation>
            <numerusform>%Ln fitxer no s&apos;ha pogut llegir gens; els altres s&apos;han importat.</numerusform>
            <numerusform>%Ln fitxers no s&apos;han pogut llegir gens; els altres s&apos;han importat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="279"/>
        <source>%Ln possible duplicate(s) created and recorded for you to review.</source>
        <translation>
            <numerusform>S&apos;ha creat %Ln possible duplicat i s&apos;ha registrat perquè el reviseu.</numerusform>
            <numerusform>S&apos;han creat %Ln possibles duplicats i s&apos;han registrat perquè els reviseu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="38"/>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="39"/>
        <source>Card</source>
        <translation>Targeta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="40"/>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="41"/>
        <source>Line</source>
        <translation>Línia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="42"/>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="43"/>
        <source>Why</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="46"/>
        <source>Merge</source>
        <translation>Combina</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="47"/>
        <source>Create new</source>
        <translation>Crea&apos;n un de nou</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="57"/>
        <source>%1 (new, line %2 of %3)</source>
        <translation>%1 (nou, línia %2 de %3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="165"/>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="171"/>
        <source>(no name)</source>
        <translation>(sense nom)</translation>
    </message>
</context>
<context>
    <name>ImportPace</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="68"/>
        <source>Importing: %1 so far…</source>
        <translation>S&apos;està important: %1 fins ara…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="69"/>
        <source>Importing: reading the files…</source>
        <translation>S&apos;està important: s&apos;estan llegint els fitxers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="71"/>
        <source>Importing %1 of %2 (%3)</source>
        <translation>S&apos;està important %1 de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="82"/>
        <source>%1 a second</source>
        <translation>%1 per segon</translation>
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
            <numerusform>queda aproximadament %Ln segon</numerusform>
            <numerusform>queden aproximadament %Ln segons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="92"/>
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>queda aproximadament %Ln minut</numerusform>
            <numerusform>queden aproximadament %Ln minuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="93"/>
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>queda aproximadament %Ln hora</numerusform>
            <numerusform>queden aproximadament %Ln hores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="161"/>
        <source>Reading the files: %1 of %2 (%3)</source>
        <translation>S&apos;estan llegint els fitxers: %1 de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="171"/>
        <source>Reading the files: %Ln card(s) so far…</source>
        <translation>
            <numerusform>S&apos;estan llegint els fitxers: %Ln targeta fins ara…</numerusform>
            <numerusform>S&apos;estan llegint els fitxers: %Ln targetes fins ara…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="173"/>
        <source>Reading the files…</source>
        <translation>S&apos;estan llegint els fitxers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="230"/>
        <source>Will be imported, with a warning: %1</source>
        <translation>S&apos;importarà, amb un avís: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="255"/>
        <source>%Ln card(s) to add as new</source>
        <translation>
            <numerusform>%Ln targeta per afegir com a nova</numerusform>
            <numerusform>%Ln targetes per afegir com a noves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="256"/>
        <source>%Ln card(s) to merge into a contact</source>
        <translation>
            <numerusform>%Ln targeta per combinar amb un contacte</numerusform>
            <numerusform>%Ln targetes per combinar amb un contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="261"/>
        <source>%Ln possible duplicate(s) to review later</source>
        <translation>
            <numerusform>%Ln possible duplicat per revisar més tard</numerusform>
            <numerusform>%Ln possibles duplicats per revisar més tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="267"/>
        <source>%Ln card(s) to skip</source>
        <translation>
            <numerusform>%Ln targeta per ometre</numerusform>
            <numerusform>%Ln targetes per ometre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="269"/>
        <source>%Ln card(s) that cannot be read</source>
        <translation>
            <numerusform>%Ln targeta que no es pot llegir</numerusform>
            <numerusform>%Ln targetes que no es poden llegir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="272"/>
        <source>%Ln file(s) that cannot be read at all</source>
        <translation>
            <numerusform>%Ln fitxer que no es pot llegir gens</numerusform>
            <numerusform>%Ln fitxers que no es poden llegir gens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="276"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avís</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="284"/>
        <source>Merges (%1)</source>
        <translation>Combinacions (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="287"/>
        <source>Possible duplicates (%1)</source>
        <translation>Possibles duplicats (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="292"/>
        <source>Problems (%1)</source>
        <translation>Problemes (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="330"/>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="333"/>
        <source>Merge it into that contact</source>
        <translation>Combina-la amb aquest contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="334"/>
        <source>Skip the card</source>
        <translation>Omet la targeta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="335"/>
        <source>Create a new contact anyway</source>
        <translation>Crea un contacte nou igualment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Line</source>
        <translation>Línia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="14"/>
        <source>Import preview</source>
        <translation>Previsualització de la importació</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="20"/>
        <source>Nothing has been written yet. This is what the import will do:</source>
        <translation>Encara no s&apos;ha escrit res. Això és el que farà la importació:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="48"/>
        <source>When a card is a &amp;contact you have:</source>
        <translation>Quan una targeta és un &amp;contacte que ja teniu:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="58"/>
        <source>What to do with a card that is a contact you have</source>
        <translation>Què cal fer amb una targeta que és un contacte que ja teniu</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="84"/>
        <source>Merges</source>
        <translation>Combinacions</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="90"/>
        <source>Each of these cards is a contact you have (or a card read before it), and adds to it what it lacks; nothing is overwritten. Untick a card (Space) to create it as a new contact instead.</source>
        <translation>Cadascuna d&apos;aquestes targetes és un contacte que ja teniu (o una targeta llegida abans) i hi afegeix el que li falta; no se sobreescriu res. Desmarqueu una targeta (Espai) per crear-la com a contacte nou.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="106"/>
        <source>Cards to merge</source>
        <translation>Targetes per combinar</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="126"/>
        <location filename="../../ui/import_preview_dialog.ui" line="148"/>
        <source>Possible duplicates</source>
        <translation>Possibles duplicats</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="132"/>
        <source>These cards share an e-mail address, a phone number or a name with a contact, but it is not sure they are the same person: each will be created as a new contact and listed in Contacts &gt; Find Duplicates for you to review.</source>
        <translation>Aquestes targetes comparteixen una adreça de correu electrònic, un número de telèfon o un nom amb un contacte, però no és segur que siguin la mateixa persona: cadascuna es crearà com a contacte nou i apareixerà a Contactes &gt; Cerca duplicats perquè la reviseu.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="168"/>
        <source>Problems</source>
        <translation>Problemes</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="174"/>
        <source>These cards cannot be read and will not be imported, or will be imported with the warning given. The other cards are imported all the same.</source>
        <translation>Aquestes targetes no es poden llegir i no s&apos;importaran, o s&apos;importaran amb l&apos;avís indicat. La resta de targetes s&apos;importen igualment.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="190"/>
        <source>Problems by file and line</source>
        <translation>Problemes per fitxer i línia</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="228"/>
        <source>Reading the files</source>
        <translation>Lectura dels fitxers</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="112"/>
        <source>Importing</source>
        <translation>Importació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="113"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="59"/>
        <source>Go to letter</source>
        <translation>Ves a la lletra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="60"/>
        <source>Go to the names starting with a letter (click, or type it)</source>
        <translation>Ves als noms que comencen per una lletra (feu-hi clic o escriviu-la)</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="312"/>
        <source>None of these contacts has a postal address.</source>
        <translation>Cap d&apos;aquests contactes no té adreça postal.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="315"/>
        <source>A sheet needs at least one row and one column.</source>
        <translation>Un full necessita com a mínim una fila i una columna.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="316"/>
        <source>A label needs a width and a height.</source>
        <translation>Una etiqueta necessita amplada i alçada.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="317"/>
        <source>The pitch is smaller than the label: labels would overlap.</source>
        <translation>El pas és més petit que l&apos;etiqueta: les etiquetes se superposarien.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="318"/>
        <source>The labels do not fit across the page.</source>
        <translation>Les etiquetes no caben a l&apos;amplada de la pàgina.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="319"/>
        <source>The labels do not fit down the page.</source>
        <translation>Les etiquetes no caben a l&apos;alçada de la pàgina.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="410"/>
        <source>Envelopes</source>
        <translation>Sobres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <source>Labels</source>
        <translation>Etiquetes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="346"/>
        <source>Print %1</source>
        <translation>Imprimeix %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>envelopes.pdf</source>
        <translation>sobres.pdf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>labels.pdf</source>
        <translation>etiquetes.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="367"/>
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>S&apos;ha escrit %n pàgina a %1.</numerusform>
            <numerusform>S&apos;han escrit %n pàgines a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="377"/>
        <source>%1 × %2 in</source>
        <translation>%1 × %2 polz.</translation>
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
        <translation>Imprimeix etiquetes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="396"/>
        <source>&amp;For:</source>
        <translation>&amp;Per a:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="399"/>
        <source>The selected contacts (%1)</source>
        <translation>Els contactes seleccionats (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="403"/>
        <source>The contacts the list shows (%1)</source>
        <translation>Els contactes que mostra la llista (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="408"/>
        <source>&amp;Print on:</source>
        <translation>&amp;Imprimeix en:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="409"/>
        <source>A label sheet</source>
        <translation>Un full d&apos;etiquetes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="411"/>
        <source>Label sheet</source>
        <translation>Full d&apos;etiquetes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="414"/>
        <source>Custom grid</source>
        <translation>Graella personalitzada</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Full:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnes:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Rows:</source>
        <translation>Fi&amp;les:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;width:</source>
        <translation>Amplada de l&apos;eti&amp;queta:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;height:</source>
        <translation>Al&amp;çada de l&apos;etiqueta:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>&amp;Top margin:</source>
        <translation>Marge &amp;superior:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Left margin:</source>
        <translation>Marge &amp;esquerre:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>Across p&amp;itch:</source>
        <translation>Pas &amp;horitzontal:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Down pitch:</source>
        <translation>Pas &amp;vertical:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="421"/>
        <source>Start at la&amp;bel:</source>
        <translation>Comença a l&apos;etique&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="426"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="428"/>
        <source>On a partly used sheet: the first free label, counted across then down.</source>
        <translation>En un full parcialment utilitzat: la primera etiqueta lliure, comptant en horitzontal i després en vertical.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="430"/>
        <source>Draw the labels&apos; &amp;edges (a test on plain paper)</source>
        <translation>Dibuixa les v&amp;ores de les etiquetes (una prova en paper normal)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="431"/>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="432"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Mida:</translation>
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
        <translation>US #10 (9,5 × 4,125 polz.)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="440"/>
        <source>Print the se&amp;nder&apos;s address (yours)</source>
        <translation>Imprimeix l&apos;adreça del &amp;remitent (la vostra)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="442"/>
        <source>Your address, line by line (set it once in Preferences)</source>
        <translation>La vostra adreça, línia per línia (definiu-la una vegada a Preferències)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="444"/>
        <source>Pre&amp;view and Print…</source>
        <translation>Previsualitza i imprimei&amp;x…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="445"/>
        <source>E&amp;xport PDF…</source>
        <translation>Exporta en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="451"/>
        <source>Nothing is selected: the contacts the list shows.</source>
        <translation>No hi ha res seleccionat: els contactes que mostra la llista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="454"/>
        <source>%n of them have no postal address and are left out.</source>
        <translation>
            <numerusform>%n d&apos;ells no té adreça postal i queda fora.</numerusform>
            <numerusform>%n d&apos;ells no tenen adreça postal i queden fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="279"/>
        <source>No lead matches “%1”.</source>
        <translation>Cap client potencial no coincideix amb «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="281"/>
        <source>No leads yet.</source>
        <translation>Encara no hi ha cap client potencial.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="282"/>
        <source>Select contacts in the list and choose Contacts &gt; Mark as Lead… to qualify them and convert them when they are ready to buy.</source>
        <translation>Seleccioneu contactes a la llista i trieu Contactes &gt; Marca com a client potencial… per qualificar-los i convertir-los quan estiguin a punt per comprar.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="291"/>
        <source>Leads: %1</source>
        <translation>Clients potencials: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="315"/>
        <source>Leads</source>
        <translation>Clients potencials</translation>
    </message>
</context>
<context>
    <name>LeadPane</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="176"/>
        <source>Conve&amp;rt…</source>
        <translation>Conve&amp;rteix…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="177"/>
        <source>Lead status:</source>
        <translation>Estat del client potencial:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="186"/>
        <source>Select a lead to see it here.</source>
        <translation>Seleccioneu un client potencial per veure&apos;l aquí.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="203"/>
        <source>Disqualify lead</source>
        <translation>Desqualifica el client potencial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="204"/>
        <source>Why is this lead disqualified?</source>
        <translation>Per què es desqualifica aquest client potencial?</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="59"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="60"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="61"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="62"/>
        <source>Since</source>
        <translation>Des de</translation>
    </message>
</context>
<context>
    <name>ListCounts</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="11"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacte</numerusform>
            <numerusform>%Ln contactes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="14"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogBar</name>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="77"/>
        <source>&amp;Log</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="78"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descarta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="79"/>
        <source>Enter: log · Esc: dismiss</source>
        <translation>Retorn: registra · Esc: descarta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="86"/>
        <source>Log the call to %1 at %2?</source>
        <translation>Voleu registrar la trucada a %1 a les %2?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="88"/>
        <source>Log the e-mail to %1 at %2?</source>
        <translation>Voleu registrar el correu electrònic a %1 a les %2?</translation>
    </message>
</context>
<context>
    <name>LogForEachDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="125"/>
        <source>Log Activity for Each</source>
        <translation>Registra una activitat per a cadascun</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="134"/>
        <source>Sent Christmas card</source>
        <translation>Enviada la felicitació de Nadal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="143"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipus:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="144"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Assumpte:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="145"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Fet el:</translation>
    </message>
</context>
<context>
    <name>MailPeopleDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="63"/>
        <source>People from the e-mails</source>
        <translation>Persones dels correus electrònics</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="66"/>
        <source>%n person(s) in the imported e-mails are not among your contacts. Add the ones ticked as new contacts? Each is linked to the e-mails that name them.</source>
        <translation>
            <numerusform>%n persona dels correus electrònics importats no és entre els vostres contactes. Voleu afegir les marcades com a contactes nous? Cadascuna s&apos;enllaça amb els correus que l&apos;esmenten.</numerusform>
            <numerusform>%n persones dels correus electrònics importats no són entre els vostres contactes. Voleu afegir les marcades com a contactes nous? Cadascuna s&apos;enllaça amb els correus que l&apos;esmenten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="72"/>
        <source>&amp;Add as contacts</source>
        <translation>&amp;Afegeix com a contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="73"/>
        <source>Not now</source>
        <translation>Ara no</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="74"/>
        <source>People not among your contacts</source>
        <translation>Persones que no són entre els vostres contactes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/account_list.py" line="37"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/daily_backup.py" line="45"/>
        <source>Today&apos;s backup is made.</source>
        <translation>S&apos;ha fet la còpia de seguretat d&apos;avui.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="75"/>
        <source>Import contacts</source>
        <translation>Importació de contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="79"/>
        <source>Contacts, calendars and e-mails (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</source>
        <translation>Contactes, calendaris i correus electrònics (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="84"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Fitxers vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="85"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fitxers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="86"/>
        <location filename="../../crm_desktop/gui/import_export.py" line="355"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fitxers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="87"/>
        <source>E-mail files (*.eml *.mbox *.msg)</source>
        <translation>Fitxers de correu electrònic (*.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="88"/>
        <source>All files (*)</source>
        <translation>Tots els fitxers (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="190"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="213"/>
        <source>%1 cards so far…</source>
        <translation>Targetes fins ara: %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="225"/>
        <source>Unexpected error</source>
        <translation>Error inesperat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="227"/>
        <source>The operation stopped on an unexpected error and nothing was changed. Please report it with these details:

%1</source>
        <translation>L&apos;operació s&apos;ha aturat per un error inesperat i no s&apos;ha canviat res. Informeu-ne amb aquests detalls:

%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="240"/>
        <source>Cancelled</source>
        <translation>Cancel·lat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="241"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>S&apos;ha cancel·lat: no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="264"/>
        <source>Imported %1, merged %2, skipped %3; %4 could not be read.</source>
        <translation>Importats: %1; combinats: %2; omesos: %3; no s&apos;han pogut llegir: %4.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="286"/>
        <source>Import finished</source>
        <translation>Importació acabada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="291"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línia %2: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="292"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="293"/>
        <source>%1, line %2: %3 merged into %4</source>
        <translation>%1, línia %2: %3 s&apos;ha combinat amb %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="294"/>
        <source>%1, line %2: %3 is perhaps %4</source>
        <translation>%1, línia %2: potser %3 és %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="354"/>
        <source>activities.ics</source>
        <translation>activitats.ics</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="357"/>
        <source>contacts.csv</source>
        <translation>contactes.csv</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="358"/>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="360"/>
        <source>contacts.vcf</source>
        <translation>contactes.vcf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="361"/>
        <source>vCard files (*.vcf)</source>
        <translation>Fitxers vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="364"/>
        <source>Export contacts</source>
        <translation>Exportació de contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="407"/>
        <source>Exporting contacts…</source>
        <translation>S&apos;estan exportant contactes…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="414"/>
        <source>%1 events and to-dos exported.</source>
        <translation>Esdeveniments i tasques pendents exportats: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="424"/>
        <source>%1 cards exported.</source>
        <translation>Targetes exportades: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="127"/>
        <source>Search names, addresses, categories, notes, activities…</source>
        <translation>Cerca en noms, adreces, categories, notes i activitats…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="288"/>
        <source>Counting…</source>
        <translation>S&apos;està comptant…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="560"/>
        <source>%1 — CRM Desktop</source>
        <translation>%1 — CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="563"/>
        <source>Search contacts</source>
        <translation>Cerca contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="10"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="11"/>
        <source>Prospect</source>
        <translation>Client potencial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="12"/>
        <source>Vendor</source>
        <translation>Proveïdor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="13"/>
        <source>Partner</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="14"/>
        <source>Employee</source>
        <translation>Empleat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="15"/>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="43"/>
        <source>Folders and categories</source>
        <translation>Carpetes i categories</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="105"/>
        <source>Contacts (%1)</source>
        <translation>Contactes (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="111"/>
        <source>Accounts (%1)</source>
        <translation>Comptes (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="117"/>
        <source>Trash (%1)</source>
        <translation>Paperera (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="123"/>
        <source>Deleted accounts (%1)</source>
        <translation>Comptes suprimits (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="137"/>
        <source>Leads (%1)</source>
        <translation>Clients potencials (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="143"/>
        <source>Search: %1 (%2)</source>
        <translation>Cerca: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="152"/>
        <source>Favourites</source>
        <translation>Preferits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="159"/>
        <source>Recently viewed</source>
        <translation>Vistos recentment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="188"/>
        <source>Show this contact</source>
        <translation>Mostra aquest contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="226"/>
        <source>&amp;Rename Smart Folder…</source>
        <translation>&amp;Canvia el nom de la carpeta intel·ligent…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="227"/>
        <source>Re&amp;move Smart Folder</source>
        <translation>Suprimeix la carpeta &amp;intel·ligent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="261"/>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="263"/>
        <source>Right-click to show or hide columns; drag to move them</source>
        <translation>Feu clic amb el botó dret per mostrar o amagar columnes; arrossegueu-les per moure-les</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="41"/>
        <source>&amp;New contact…</source>
        <translation>Contacte &amp;nou…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="42"/>
        <source>Create a contact</source>
        <translation>Crea un contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="48"/>
        <source>New &amp;account…</source>
        <translation>C&amp;ompte nou…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="49"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="430"/>
        <source>Create an account (a company)</source>
        <translation>Crea un compte (una empresa)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="50"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="54"/>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Edita el contacte…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="62"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>Mou els contactes seleccionats a la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="68"/>
        <source>Re&amp;store</source>
        <translation>Res&amp;taura</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="69"/>
        <source>Bring the selected contacts back from the Trash</source>
        <translation>Recupera els contactes seleccionats de la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="76"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="89"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporta…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="97"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="101"/>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="108"/>
        <source>Quit CRM Desktop</source>
        <translation>Surt del CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="113"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Quant al CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="114"/>
        <source>Version and database</source>
        <translation>Versió i base de dades</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="120"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Còpies de seguretat…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="121"/>
        <source>Back up the database, or restore a backup</source>
        <translation>Fes una còpia de seguretat de la base de dades o restaura&apos;n una</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="126"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="134"/>
        <source>Empty &amp;Trash…</source>
        <translation>&amp;Buida la Paperera…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="127"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="135"/>
        <source>Delete for good what is in the Trash</source>
        <translation>Suprimeix definitivament el que hi ha a la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="140"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="289"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="142"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="147"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activitats</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="149"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="154"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Embut de vendes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="156"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="161"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="55"/>
        <source>Edit the selected contact (or press Enter on it)</source>
        <translation>Edita el contacte seleccionat (o premeu Retorn a sobre)</translation>
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
        <translation>Importa contactes, activitats i correus electrònics: vCard, CSV (Outlook, Google), iCalendar, correu electrònic (.eml, .mbox, .msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="91"/>
        <source>Export to vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) or iCalendar</source>
        <translation>Exporta a vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) o iCalendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="102"/>
        <source>Search the contacts</source>
        <translation>Cerca als contactes</translation>
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
        <translation>Contactes i comptes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="148"/>
        <source>Today, overdue, the week, the calendar</source>
        <translation>Avui, vençudes, la setmana, el calendari</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="155"/>
        <source>Deals by stage, to drag along</source>
        <translation>Oportunitats per etapa, per arrossegar-les</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="162"/>
        <source>Pipeline, forecast, won and lost</source>
        <translation>Embut, previsió, guanyades i perdudes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="163"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="168"/>
        <source>New ac&amp;tivity…</source>
        <translation>&amp;Activitat nova…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="169"/>
        <source>Schedule or log a call, meeting, task…</source>
        <translation>Programa o registra una trucada, una reunió, una tasca…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="170"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="174"/>
        <source>Lo&amp;g a Call…</source>
        <translation>&amp;Registra una trucada…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="175"/>
        <source>Log a call just made with the selected contact</source>
        <translation>Registra una trucada que acabeu de fer amb el contacte seleccionat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="176"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="180"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Cerca &amp;duplicats…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="181"/>
        <source>Contacts or accounts that are probably the same</source>
        <translation>Contactes o comptes que probablement són el mateix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="182"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="186"/>
        <source>Add to &amp;Category…</source>
        <translation>Afegeix a una &amp;categoria…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="187"/>
        <source>Put the selected contacts in a category</source>
        <translation>Posa els contactes seleccionats en una categoria</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="188"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="192"/>
        <source>Remove from Ca&amp;tegory…</source>
        <translation>Treu de la ca&amp;tegoria…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="193"/>
        <source>Take the selected contacts out of a category</source>
        <translation>Treu els contactes seleccionats d&apos;una categoria</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="194"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="198"/>
        <source>Mark as &amp;Lead…</source>
        <translation>&amp;Marca com a client potencial…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="200"/>
        <source>Make the selected contacts leads, to qualify and convert</source>
        <translation>Converteix els contactes seleccionats en clients potencials, per qualificar-los i convertir-los</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="204"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="208"/>
        <source>Set &amp;Field…</source>
        <translation>De&amp;fineix el camp…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="210"/>
        <source>Give the selected contacts an account, a status or another value</source>
        <translation>Assigna un compte, un estat o un altre valor als contactes seleccionats</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="214"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="218"/>
        <source>Log Activity for &amp;Each…</source>
        <translation>R&amp;egistra una activitat per a cadascun…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="219"/>
        <source>Log one done activity on each selected contact</source>
        <translation>Registra una activitat feta a cada contacte seleccionat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="220"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="224"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="225"/>
        <source>Show or hide the filters above the list</source>
        <translation>Mostra o amaga els filtres a sobre de la llista</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="226"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="230"/>
        <source>&amp;Save Search as Smart Folder…</source>
        <translation>Desa la cerca com a carpeta &amp;intel·ligent…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="231"/>
        <source>Keep this search and folder in the folder pane</source>
        <translation>Conserva aquesta cerca i carpeta a la subfinestra de carpetes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="232"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="236"/>
        <source>Tr&amp;ash…</source>
        <translation>&amp;Paperera…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="237"/>
        <source>Restore what was deleted, or delete it for good</source>
        <translation>Restaura el que s&apos;ha suprimit o suprimeix-ho definitivament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="238"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="242"/>
        <source>Prefere&amp;nces…</source>
        <translation>Pre&amp;ferències…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="243"/>
        <source>The language of CRM Desktop</source>
        <translation>La llengua del CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="244"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="303"/>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="306"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="324"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="325"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="393"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="398"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="429"/>
        <source>&amp;New account…</source>
        <translation>Compte &amp;nou…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="433"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;Edita el compte…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="434"/>
        <source>Edit the selected account (or press Enter on it)</source>
        <translation>Edita el compte seleccionat (o premeu Retorn a sobre)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="436"/>
        <source>Move the selected accounts to the Trash</source>
        <translation>Mou els comptes seleccionats a la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="439"/>
        <source>Bring the selected accounts back from the Trash</source>
        <translation>Recupera els comptes seleccionats de la Paperera</translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="13"/>
        <source>same card identifier</source>
        <translation>mateix identificador de targeta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="14"/>
        <source>same e-mail address</source>
        <translation>mateixa adreça de correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="15"/>
        <source>same phone number</source>
        <translation>mateix número de telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="16"/>
        <source>same website</source>
        <translation>mateix lloc web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="17"/>
        <source>same name</source>
        <translation>mateix nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="18"/>
        <source>same name in another alphabet</source>
        <translation>mateix nom en un altre alfabet</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="19"/>
        <source>similar name</source>
        <translation>nom semblant</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="20"/>
        <source>one has no name</source>
        <translation>un no té nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="21"/>
        <source>none has a name</source>
        <translation>cap no té nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="22"/>
        <source>same account</source>
        <translation>mateix compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="23"/>
        <source>different names</source>
        <translation>noms diferents</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="24"/>
        <source>a value others share too</source>
        <translation>un valor que també tenen altres registres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="25"/>
        <source>different companies</source>
        <translation>empreses diferents</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="26"/>
        <source>every value already there</source>
        <translation>tots els valors ja hi són</translation>
    </message>
</context>
<context>
    <name>MergeChoiceModel</name>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="47"/>
        <source>Organization</source>
        <translation>Organització</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="48"/>
        <source>Job title</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="49"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="50"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="51"/>
        <source>Nickname</source>
        <translation>Sobrenom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="52"/>
        <source>Birthday</source>
        <translation>Aniversari</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="53"/>
        <source>Anniversary</source>
        <translation>Commemoració</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="54"/>
        <source>Gender</source>
        <translation>Gènere</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="55"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="56"/>
        <source>Keep in touch (days)</source>
        <translation>Mantenir el contacte (dies)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="63"/>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="64"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="65"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="66"/>
        <source>Web page</source>
        <translation>Pàgina web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="67"/>
        <source>Instant messaging</source>
        <translation>Missatgeria instantània</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="68"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="69"/>
        <source>Custom field</source>
        <translation>Camp personalitzat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="70"/>
        <source>vCard property</source>
        <translation>Propietat vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="71"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="187"/>
        <source>a photo</source>
        <translation>una foto</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="262"/>
        <source>Field</source>
        <translation>Camp</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="264"/>
        <source>(no name)</source>
        <translation>(sense nom)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="268"/>
        <source>%1 (kept)</source>
        <translation>%1 (es conserva)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="308"/>
        <source>Uncheck to leave this value out</source>
        <translation>Desmarqueu-ho per deixar fora aquest valor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="311"/>
        <source>Check the value to keep</source>
        <translation>Marqueu el valor que voleu conservar</translation>
    </message>
</context>
<context>
    <name>NextActivity</name>
    <message>
        <location filename="../../crm_desktop/gui/next_activity.py" line="23"/>
        <source>Overdue</source>
        <translation>Endarrerida</translation>
    </message>
</context>
<context>
    <name>NoDisplay</name>
    <message>
        <location filename="../../crm_desktop/gui/no_display.py" line="61"/>
        <source>no display: the window cannot be shown here; set DISPLAY (or WAYLAND_DISPLAY), or use the command line (crm-desktop --help)</source>
        <translation>no hi ha pantalla: la finestra no es pot mostrar aquí; definiu DISPLAY (o WAYLAND_DISPLAY) o utilitzeu la línia d&apos;ordres (crm-desktop --help)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="429"/>
        <source>Pipeline</source>
        <translation>Embut de vendes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="430"/>
        <source>Won
(drop a deal here)</source>
        <translation>Guanyada
(deixeu-hi una oportunitat)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="431"/>
        <source>Lost
(drop a deal here)</source>
        <translation>Perduda
(deixeu-hi una oportunitat)</translation>
    </message>
</context>
<context>
    <name>PipelineFilters</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="151"/>
        <source>Any close date</source>
        <translation>Qualsevol data de tancament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="152"/>
        <source>Overdue</source>
        <translation>Endarrerides</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="153"/>
        <source>Closing this month</source>
        <translation>Es tanquen aquest mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="154"/>
        <source>Closing next month</source>
        <translation>Es tanquen el mes vinent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="155"/>
        <source>Closing this quarter</source>
        <translation>Es tanquen aquest trimestre</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="156"/>
        <source>Closing in the next 90 days</source>
        <translation>Es tanquen en els propers 90 dies</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="157"/>
        <source>Closing this year</source>
        <translation>Es tanquen aquest any</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>C&amp;lose:</source>
        <translation>&amp;Tancament:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>Account cate&amp;gory:</source>
        <translation>Categoria del co&amp;mpte:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="176"/>
        <source>Li&amp;st</source>
        <translation>&amp;Llista</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="168"/>
        <source>&amp;Amount from:</source>
        <translation>&amp;Import des de:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="170"/>
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="172"/>
        <source>any</source>
        <translation>qualsevol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="177"/>
        <source>Show the deals as a sortable list instead of the board</source>
        <translation>Mostra les oportunitats com a llista ordenable en lloc del tauler</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="185"/>
        <source>All accounts</source>
        <translation>Tots els comptes</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="129"/>
        <source>&amp;New deal…</source>
        <translation>Oportunitat &amp;nova…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="130"/>
        <source>Deals</source>
        <translation>Oportunitats</translation>
    </message>
</context>
<context>
    <name>PreferenceFields</name>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Calendar:</source>
        <translation>Calendari:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Colours:</source>
        <translation>Colors:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Default currency:</source>
        <translation>Moneda per defecte:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Region for phone numbers:</source>
        <translation>Regió dels números de telèfon:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Keep in touch with new contacts:</source>
        <translation>Mantenir el contacte amb els contactes nous:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Remind of new activities:</source>
        <translation>Recordatori de les activitats noves:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Automatic backups kept:</source>
        <translation>Còpies automàtiques conservades:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Folder for Back up now:</source>
        <translation>Carpeta de «Fes una còpia ara»:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Sync every:</source>
        <translation>Sincronitza cada:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>As the system</source>
        <translation>Com el sistema</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>Light</source>
        <translation>Clars</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="127"/>
        <source>Dark</source>
        <translation>Foscos</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="131"/>
        <source>The region&apos;s (%1)</source>
        <translation>La de la regió (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="134"/>
        <source>The language&apos;s (%1)</source>
        <translation>La de la llengua (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="135"/>
        <source>not kept in touch</source>
        <translation>sense seguiment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="136"/>
        <source> days</source>
        <translation> dies</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="137"/>
        <source>no reminder</source>
        <translation>sense recordatori</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="138"/>
        <source> min before</source>
        <translation> min abans</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="139"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="140"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="141"/>
        <source>Beside the database, with the others</source>
        <translation>Al costat de la base de dades, amb les altres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="142"/>
        <source>Choose…</source>
        <translation>Tria…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="147"/>
        <source>Folder for backups</source>
        <translation>Carpeta de les còpies de seguretat</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/preferences_dialog.py" line="110"/>
        <source>System default (%1)</source>
        <translation>Llengua del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>Preferències</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="25"/>
        <source>&amp;Language:</source>
        <translation>&amp;Llengua:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="35"/>
        <source>Language of CRM Desktop</source>
        <translation>Llengua del CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="42"/>
        <source>Your e-mail &amp;addresses:</source>
        <translation>Les vostres &amp;adreces de correu electrònic:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="52"/>
        <source>Your own e-mail addresses, separated by commas</source>
        <translation>Les vostres adreces de correu electrònic, separades per comes</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="55"/>
        <source>you@example.com, you@work.example</source>
        <translation>you@example.com, you@work.example</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="62"/>
        <source>Your &amp;postal address:</source>
        <translation>La vostra adreça &amp;postal:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="72"/>
        <source>Your own postal address, line by line: the sender on envelopes</source>
        <translation>La vostra adreça postal, línia per línia: el remitent als sobres</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="78"/>
        <source>The sender on envelopes, line by line</source>
        <translation>El remitent als sobres, línia per línia</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="87"/>
        <source>CRM Desktop speaks the language of the system unless you choose another here. The windows change at once; a message already on screen keeps its words until it is shown again. An imported e-mail sent from one of your own addresses is logged as sent, any other as received.</source>
        <translation>El CRM Desktop parla la llengua del sistema tret que n&apos;hi trieu una altra aquí. Les finestres canvien de seguida; un missatge que ja és a la pantalla conserva les paraules fins que es torna a mostrar. Un correu electrònic importat enviat des d&apos;una de les vostres adreces es registra com a enviat; qualsevol altre, com a rebut.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="39"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="123"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="170"/>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="40"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="117"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="41"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="42"/>
        <source>Probability</source>
        <translation>Probabilitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="43"/>
        <source>Close</source>
        <translation>Tancament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="54"/>
        <source>Sum: %1 · Weighted: %2</source>
        <translation>Suma: %1 · Ponderat: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="63"/>
        <source>%1 (overdue)</source>
        <translation>%1 (endarrerida)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="75"/>
        <source>Pipeline</source>
        <translation>Embut de vendes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="88"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="87"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="105"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="92"/>
        <source>&amp;Print</source>
        <translation>Im&amp;primeix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="93"/>
        <source>Export P&amp;DF</source>
        <translation>Exporta en P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="95"/>
        <source>This &amp;view…</source>
        <translation>Aquesta &amp;vista…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="97"/>
        <source>The list, the pipeline or the report shown</source>
        <translation>La llista, l&apos;embut o l&apos;informe que es mostra</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="100"/>
        <source>&amp;Selected contacts only…</source>
        <translation>Només els contactes &amp;seleccionats…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="102"/>
        <source>Only the contacts selected in the list, with its columns</source>
        <translation>Només els contactes seleccionats a la llista, amb les seves columnes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="107"/>
        <source>The selected &amp;card…</source>
        <translation>La &amp;fitxa seleccionada…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="109"/>
        <source>The selected contact, account or deal with its timeline</source>
        <translation>El contacte, compte o oportunitat seleccionat amb la seva cronologia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="114"/>
        <source>Print &amp;Labels…</source>
        <translation>Imprimeix &amp;etiquetes…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="116"/>
        <source>The selected contacts&apos; addresses (or those the list shows) on labels or envelopes</source>
        <translation>Les adreces dels contactes seleccionats (o dels que mostra la llista) en etiquetes o sobres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="61"/>
        <source>%1 records</source>
        <translation>Registres: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="85"/>
        <source>Nothing recorded yet.</source>
        <translation>Encara no s&apos;ha registrat res.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="100"/>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="101"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="102"/>
        <source>Subject</source>
        <translation>Assumpte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="103"/>
        <source>Details</source>
        <translation>Detalls</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="124"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="125"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="155"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="126"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="152"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="128"/>
        <source>Birthday</source>
        <translation>Aniversari</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="131"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="148"/>
        <source>Website</source>
        <translation>Lloc web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="149"/>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="164"/>
        <source>Contacts (%1)</source>
        <translation>Contactes (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="169"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/label_painting.py" line="223"/>
        <location filename="../../crm_desktop/gui/printing.py" line="147"/>
        <source>The PDF could not be written.</source>
        <translation>No s&apos;ha pogut escriure el PDF.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="164"/>
        <source>Print %1</source>
        <translation>Imprimeix %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="176"/>
        <source>Export PDF</source>
        <translation>Exporta en PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fitxers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_print_documents.py" line="50"/>
        <source>%1 (selected contacts)</source>
        <translation>%1 (contactes seleccionats)</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="88"/>
        <source>%1 (account)</source>
        <translation>%1 (compte)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="91"/>
        <source>Add Relationship</source>
        <translation>Afegeix una relació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="92"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relació:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="93"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="114"/>
        <source>Choose one of your contacts.</source>
        <translation>Trieu un dels vostres contactes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="118"/>
        <source>No contact or account has this name: it is kept as a name.</source>
        <translation>Cap contacte ni compte no té aquest nom: es desa com a nom.</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="47"/>
        <source>Add Relationship</source>
        <translation>Afegeix una relació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="72"/>
        <source>Remove Relationship</source>
        <translation>Suprimeix la relació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="151"/>
        <source>Relationships</source>
        <translation>Relacions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="158"/>
        <source>Add Relationship…</source>
        <translation>Afegeix una relació…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="161"/>
        <source>Relationship Types…</source>
        <translation>Tipus de relació…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="202"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="217"/>
        <source>Remove</source>
        <translation>Suprimeix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="218"/>
        <source>Remove this relationship</source>
        <translation>Suprimeix aquesta relació</translation>
    </message>
</context>
<context>
    <name>RelationshipTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="13"/>
        <source>Spouse</source>
        <translation>Cònjuge</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="14"/>
        <source>Partner</source>
        <translation>Parella</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="15"/>
        <source>Manager</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="16"/>
        <source>Direct report</source>
        <translation>Subordinat directe</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="17"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="18"/>
        <source>Assistant to</source>
        <translation>Assistent de</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="19"/>
        <source>Referred by</source>
        <translation>Recomanat per</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="20"/>
        <source>Referred</source>
        <translation>Ha recomanat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="21"/>
        <source>Colleague</source>
        <translation>Col·lega</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="22"/>
        <source>Former employee of</source>
        <translation>Antic empleat de</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="23"/>
        <source>Former employer of</source>
        <translation>Antic ocupador de</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="24"/>
        <source>Parent</source>
        <translation>Progenitor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="25"/>
        <source>Child</source>
        <translation>Fill o filla</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="26"/>
        <source>Sibling</source>
        <translation>Germà o germana</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="27"/>
        <source>Friend</source>
        <translation>Amic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="28"/>
        <source>Related</source>
        <translation>Relacionat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="29"/>
        <source>Mother</source>
        <translation>Mare</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="30"/>
        <source>Father</source>
        <translation>Pare</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="31"/>
        <source>Brother</source>
        <translation>Germà</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="32"/>
        <source>Sister</source>
        <translation>Germana</translation>
    </message>
</context>
<context>
    <name>RelationshipTypesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="113"/>
        <source>Relationship Types</source>
        <translation>Tipus de relació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="114"/>
        <source>&amp;Add…</source>
        <translation>&amp;Afegeix…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="115"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Canvia el nom…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="116"/>
        <source>Re&amp;move</source>
        <translation>&amp;Suprimeix</translation>
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
        <translation>Recordatori</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Reminder: %1</source>
        <translation>Recordatori: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="178"/>
        <source>Does not repeat</source>
        <translation>No es repeteix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="179"/>
        <source>Daily</source>
        <translation>Diàriament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="180"/>
        <source>Weekly</source>
        <translation>Setmanalment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="181"/>
        <source>Monthly</source>
        <translation>Mensualment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="182"/>
        <source>Yearly</source>
        <translation>Anualment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="183"/>
        <source>As imported</source>
        <translation>Tal com s&apos;ha importat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="188"/>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="189"/>
        <source>On date</source>
        <translation>En una data</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="190"/>
        <source>After</source>
        <translation>Després de</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="194"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="195"/>
        <source>Ends:</source>
        <translation>Acaba:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="196"/>
        <source> occurrence(s)</source>
        <translation> repeticions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="201"/>
        <source>On the first %1 of the month</source>
        <translation>El primer %1 del mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="202"/>
        <source>On the second %1 of the month</source>
        <translation>El segon %1 del mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="203"/>
        <source>On the third %1 of the month</source>
        <translation>El tercer %1 del mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="204"/>
        <source>On the fourth %1 of the month</source>
        <translation>El quart %1 del mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="205"/>
        <source>On the last %1 of the month</source>
        <translation>L&apos;últim %1 del mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="211"/>
        <source>On day %1 of the month</source>
        <translation>El dia %1 del mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="216"/>
        <source>Repeats by a rule from another calendar: %1</source>
        <translation>Es repeteix segons una regla d&apos;un altre calendari: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="225"/>
        <source>day(s)</source>
        <translation>dia/dies</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="226"/>
        <source>week(s)</source>
        <translation>setmana/setmanes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="227"/>
        <source>month(s)</source>
        <translation>mes/mesos</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="228"/>
        <source>year(s)</source>
        <translation>any/anys</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="46"/>
        <source>Pipeline by stage</source>
        <translation>Embut per etapa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="47"/>
        <source>Forecast by month of expected close</source>
        <translation>Previsió per mes de tancament previst</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="50"/>
        <source>Won and lost by month</source>
        <translation>Guanyades i perdudes per mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="51"/>
        <source>Activities done by kind and week</source>
        <translation>Activitats fetes per tipus i setmana</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="54"/>
        <source>Purchase history by account and year</source>
        <translation>Historial de compres per compte i any</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="57"/>
        <source>Referrals: who sends you business</source>
        <translation>Recomanacions: qui us porta negoci</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="102"/>
        <source>No close date</source>
        <translation>Sense data de tancament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="146"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="171"/>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="150"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="172"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="193"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="217"/>
        <source>Weighted</source>
        <translation>Ponderat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="168"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="169"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="215"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="269"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="355"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="395"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="170"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="216"/>
        <source>Deals</source>
        <translation>Oportunitats</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="197"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="218"/>
        <source>Best case</source>
        <translation>Millor cas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="214"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="268"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="239"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="270"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="374"/>
        <source>Won</source>
        <translation>Guanyades</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="243"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="272"/>
        <source>Lost</source>
        <translation>Perdudes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="271"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="397"/>
        <source>Won amount</source>
        <translation>Import guanyat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="273"/>
        <source>Lost amount</source>
        <translation>Import perdut</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="274"/>
        <source>Win rate</source>
        <translation>Taxa d&apos;èxit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="275"/>
        <source>Average days to close</source>
        <translation>Mitjana de dies fins al tancament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="289"/>
        <source>Week of %1</source>
        <translation>Setmana del %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="308"/>
        <source>Week</source>
        <translation>Setmana</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="309"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="310"/>
        <source>Done</source>
        <translation>Fetes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="353"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="354"/>
        <source>Year</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="356"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="396"/>
        <source>Won deals</source>
        <translation>Oportunitats guanyades</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="357"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="381"/>
        <source>None won</source>
        <translation>Cap de guanyada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="393"/>
        <source>Referrer</source>
        <translation>Recomanador</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="394"/>
        <source>People referred</source>
        <translation>Persones recomanades</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="178"/>
        <source>Chart c&amp;urrency:</source>
        <translation>&amp;Moneda del gràfic:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="179"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>SalesText</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="21"/>
        <source>Prospecting</source>
        <translation>Prospecció</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="22"/>
        <source>Qualification</source>
        <translation>Qualificació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="23"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="24"/>
        <source>Negotiation</source>
        <translation>Negociació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="26"/>
        <source>Open</source>
        <translation>Oberta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="27"/>
        <source>Won</source>
        <translation>Guanyada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="28"/>
        <source>Lost</source>
        <translation>Perduda</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="30"/>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="31"/>
        <source>Contacted</source>
        <translation>Contactat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="32"/>
        <source>Qualified</source>
        <translation>Qualificat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="33"/>
        <source>Disqualified</source>
        <translation>Desqualificat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="35"/>
        <source>Referral</source>
        <translation>Recomanació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="36"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="37"/>
        <source>Trade show</source>
        <translation>Fira comercial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="38"/>
        <source>Campaign</source>
        <translation>Campanya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="39"/>
        <source>Partner</source>
        <translation>Soci</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="40"/>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="42"/>
        <source>Decision maker</source>
        <translation>Responsable de decisions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="43"/>
        <source>Influencer</source>
        <translation>Influenciador</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="44"/>
        <source>User</source>
        <translation>Usuari</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="45"/>
        <source>Technical</source>
        <translation>Tècnic</translation>
    </message>
</context>
<context>
    <name>SearchMatch</name>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="21"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="22"/>
        <source>Title</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="23"/>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="24"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="25"/>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="26"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="27"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="28"/>
        <source>Web page</source>
        <translation>Pàgina web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="29"/>
        <source>Custom field</source>
        <translation>Camp personalitzat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="30"/>
        <source>Other vCard field</source>
        <translation>Altre camp vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="31"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="32"/>
        <source>Activity</source>
        <translation>Activitat</translation>
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
        <translation>Suprimeix l&apos;activitat periòdica</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="27"/>
        <source>Edit repeating activity</source>
        <translation>Edita l&apos;activitat periòdica</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="30"/>
        <source>“%1” repeats. Delete only this occurrence, or every one in the series?</source>
        <translation>«%1» es repeteix. Voleu suprimir només aquesta repetició o totes les de la sèrie?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="34"/>
        <source>“%1” repeats. Change only this occurrence, or every one in the series?</source>
        <translation>«%1» es repeteix. Voleu canviar només aquesta repetició o totes les de la sèrie?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="43"/>
        <source>Only &amp;this one</source>
        <translation>Només &amp;aquesta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="44"/>
        <source>&amp;All in the series</source>
        <translation>&amp;Totes les de la sèrie</translation>
    </message>
</context>
<context>
    <name>SetFieldDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="68"/>
        <source>Set Field</source>
        <translation>Defineix el camp</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Keep in touch every</source>
        <translation>Seguiment cada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Lead status</source>
        <translation>Estat del client potencial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Custom field</source>
        <translation>Camp personalitzat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="75"/>
        <source>&amp;Field:</source>
        <translation>&amp;Camp:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="84"/>
        <source>Never (cleared)</source>
        <translation>Mai (esborrat)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="85"/>
        <source> days</source>
        <translation> dies</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="97"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="98"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
</context>
<context>
    <name>SmartFolderActions</name>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="56"/>
        <source>Save Search as Smart Folder</source>
        <translation>Desa la cerca com a carpeta intel·ligent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="57"/>
        <source>Name of the smart folder:</source>
        <translation>Nom de la carpeta intel·ligent:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>Rename Smart Folder</source>
        <translation>Canvia el nom de la carpeta intel·ligent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>New name:</source>
        <translation>Nom nou:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="91"/>
        <source>Remove Smart Folder</source>
        <translation>Suprimeix la carpeta intel·ligent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="92"/>
        <source>Remove the smart folder “%1”? The contacts it shows stay.</source>
        <translation>Voleu suprimir la carpeta intel·ligent «%1»? Els contactes que mostra es conserven.</translation>
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
        <translation>Suma: %1
Ponderat: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="134"/>
        <source>No deals</source>
        <translation>Cap oportunitat</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="36"/>
        <source>The newest good backup was made on %1 and holds %Ln contact(s).</source>
        <translation>
            <numerusform>La còpia de seguretat en bon estat més recent es va fer el %1 i conté %Ln contacte.</numerusform>
            <numerusform>La còpia de seguretat en bon estat més recent es va fer el %1 i conté %Ln contactes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="44"/>
        <source>The database %1 is damaged and cannot be opened.</source>
        <translation>La base de dades %1 està malmesa i no es pot obrir.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="48"/>
        <source>It has not been changed.</source>
        <translation>No s&apos;ha modificat.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="54"/>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="82"/>
        <source>The database is damaged</source>
        <translation>La base de dades està malmesa</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="57"/>
        <source>No backup of it was found. Keep the file: a copy of it may still be repaired. CRM Desktop will now quit.</source>
        <translation>No se n&apos;ha trobat cap còpia de seguretat. Conserveu el fitxer: potser encara se&apos;n pot reparar una còpia. Ara el CRM Desktop es tancarà.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="69"/>
        <source>The newest good backup was made on %1.</source>
        <translation>La còpia de seguretat en bon estat més recent es va fer el %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="74"/>
        <source>Restore it? The damaged file is kept beside it under another name; what changed since the backup is not in it.</source>
        <translation>Voleu restaurar-la? El fitxer malmès es conserva al costat amb un altre nom; el que ha canviat des de la còpia de seguretat no hi és.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="88"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaura la còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="87"/>
        <source>Sync Accounts</source>
        <translation>Comptes de sincronització</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>User</source>
        <translation>Usuari</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Last sync</source>
        <translation>Darrera sincronització</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;Afegeix…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="97"/>
        <source>&amp;Remove</source>
        <translation>Su&amp;primeix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="98"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronitza ara</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="108"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="164"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="109"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="115"/>
        <source>Sync &amp;every:</source>
        <translation>Sincronitza &amp;cada:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Record</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Fields</source>
        <translation>Camps</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Server&apos;s version</source>
        <translation>Versió del servidor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="123"/>
        <source>Keep &amp;Mine</source>
        <translation>Conserva la &amp;meva</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="124"/>
        <source>Keep the Server&apos;s</source>
        <translation>Conserva la del servidor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="131"/>
        <source>Changed on both sides</source>
        <translation>Canviat a totes dues bandes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="135"/>
        <source>The same field was changed here and on the server. Yours is kept until you choose; the server&apos;s version is kept here too.</source>
        <translation>El mateix camp s&apos;ha canviat aquí i al servidor. Es conserva el vostre fins que trieu; la versió del servidor també es desa aquí.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="163"/>
        <source>never synced</source>
        <translation>mai no s&apos;ha sincronitzat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="204"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="208"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="214"/>
        <source>Add Sync Account</source>
        <translation>Afegeix un compte de sincronització</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="216"/>
        <source>No keyring is available on this system: the password was not kept, and will be asked for once each session.</source>
        <translation>No hi ha cap clauer disponible en aquest sistema: la contrasenya no s&apos;ha desat i es demanarà un cop per sessió.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="79"/>
        <source>The server address cannot be used: %1</source>
        <translation>No es pot fer servir l&apos;adreça del servidor: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="80"/>
        <source>The server cannot be reached (offline?): %1</source>
        <translation>No es pot accedir al servidor (sense connexió?): %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="81"/>
        <source>The server did not answer in time: %1</source>
        <translation>El servidor no ha respost a temps: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="82"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>No s&apos;ha pogut verificar el certificat del servidor: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="83"/>
        <source>The server refused the user name or password: %1</source>
        <translation>El servidor ha rebutjat el nom d&apos;usuari o la contrasenya: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="84"/>
        <source>The server does not allow this: %1</source>
        <translation>El servidor no ho permet: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="85"/>
        <source>The server&apos;s copy changed meanwhile: %1</source>
        <translation>La còpia del servidor ha canviat mentrestant: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="86"/>
        <source>The server has no room left: %1</source>
        <translation>El servidor no té més espai: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="87"/>
        <source>The server has no such address: %1</source>
        <translation>El servidor no té aquesta adreça: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="88"/>
        <source>The server offers no address book: %1</source>
        <translation>El servidor no ofereix cap llibreta d&apos;adreces: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="89"/>
        <source>No keyring is available to keep the password: %1</source>
        <translation>No hi ha cap clauer per desar la contrasenya: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="90"/>
        <source>No password is known for this account: %1</source>
        <translation>No es coneix cap contrasenya per a aquest compte: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="91"/>
        <source>The server&apos;s reply could not be used: %1</source>
        <translation>No s&apos;ha pogut fer servir la resposta del servidor: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="98"/>
        <source>%1: %2 sent, %3 received, %4 updated, %5 deleted</source>
        <translation>%1: %2 enviats, %3 rebuts, %4 actualitzats, %5 suprimits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="108"/>
        <source>Synced at %1</source>
        <translation>Sincronitzat a les %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="114"/>
        <source>contacts</source>
        <translation>contactes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="115"/>
        <source>activities</source>
        <translation>activitats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/window_sync.py" line="118"/>
        <source>%n conflict(s) to resolve (File &gt; Sync Accounts)</source>
        <translation>
            <numerusform>%n conflicte per resoldre (Fitxer &gt; Comptes de sincronització)</numerusform>
            <numerusform>%n conflictes per resoldre (Fitxer &gt; Comptes de sincronització)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="34"/>
        <source>The database is in a synced folder</source>
        <translation>La base de dades és en una carpeta sincronitzada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="35"/>
        <source>The database %1 is in a folder that %2 keeps in sync.</source>
        <translation>La base de dades %1 és en una carpeta que %2 manté sincronitzada.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="41"/>
        <source>Sync services copy the database while CRM Desktop writes to it, which can damage it or make conflicting copies. Keep the database in a folder that is not synced (start CRM Desktop with --db to choose one), and put exports or backups in the synced folder instead.</source>
        <translation>Els serveis de sincronització copien la base de dades mentre el CRM Desktop hi escriu, i això la pot malmetre o crear còpies en conflicte. Deseu la base de dades en una carpeta que no se sincronitzi (inicieu el CRM Desktop amb --db per triar-ne una) i poseu les exportacions o les còpies de seguretat a la carpeta sincronitzada.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="52"/>
        <source>&amp;Don&apos;t show this again for this database</source>
        <translation>&amp;No ho tornis a mostrar per a aquesta base de dades</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_week.py" line="469"/>
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln més</numerusform>
            <numerusform>+%Ln més</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="508"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="510"/>
        <source>Earlier</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="509"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="511"/>
        <source>Later</source>
        <translation>Següent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="512"/>
        <source>Today</source>
        <translation>Avui</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="513"/>
        <source>Activities by time of day</source>
        <translation>Activitats per hora del dia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="514"/>
        <source>Activities without a time of day</source>
        <translation>Activitats sense hora</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="74"/>
        <source>Sent</source>
        <translation>Enviat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="76"/>
        <source>Received</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="90"/>
        <source>Files: %1</source>
        <translation>Fitxers: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="226"/>
        <source> pinned</source>
        <translation> fixat</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="164"/>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="195"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="165"/>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="167"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="168"/>
        <source>Calls</source>
        <translation>Trucades</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="169"/>
        <source>Emails</source>
        <translation>Correus electrònics</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="170"/>
        <source>Letters</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="171"/>
        <source>Meetings</source>
        <translation>Reunions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="172"/>
        <source>Tasks</source>
        <translation>Tasques</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="173"/>
        <source>Files</source>
        <translation>Fitxers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="177"/>
        <source>Show only one kind</source>
        <translation>Mostra només un tipus</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="179"/>
        <source>Log a call</source>
        <translation>Registra una trucada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="180"/>
        <source>Add a note</source>
        <translation>Afegeix una nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="181"/>
        <source>Schedule a task</source>
        <translation>Programa una tasca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="182"/>
        <source>Log an email</source>
        <translation>Registra un correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="183"/>
        <source>Log a meeting</source>
        <translation>Registra una reunió</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="187"/>
        <source>&amp;Add</source>
        <translation>&amp;Afegeix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="188"/>
        <source>New activity…</source>
        <translation>Activitat nova…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="189"/>
        <source>When the task is due</source>
        <translation>Quan venç la tasca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="190"/>
        <source>No deal</source>
        <translation>Cap oportunitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="191"/>
        <source>The open deal this is about (its timeline shows it)</source>
        <translation>L&apos;oportunitat oberta a què fa referència (la seva cronologia ho mostra)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="192"/>
        <source>Deal</source>
        <translation>Oportunitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="194"/>
        <source>Nothing here yet.</source>
        <translation>Encara no hi ha res aquí.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="318"/>
        <source>What was said (Enter logs the call)</source>
        <translation>Què s&apos;ha dit (Retorn registra la trucada)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="319"/>
        <source>Write a note (Enter adds it)</source>
        <translation>Escriviu una nota (Retorn l&apos;afegeix)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="320"/>
        <source>What to do (Enter schedules it)</source>
        <translation>Què cal fer (Retorn la programa)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="321"/>
        <source>What the email was about (Enter logs it)</source>
        <translation>De què tractava el correu (Retorn el registra)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="322"/>
        <source>What the meeting was about (Enter logs it)</source>
        <translation>De què tractava la reunió (Retorn la registra)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="381"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Unpin</source>
        <translation>&amp;Deixa de fixar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Pin to the top</source>
        <translation>&amp;Fixa a dalt de tot</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="388"/>
        <source>Mark as &amp;done…</source>
        <translation>Marca com a &amp;feta…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="398"/>
        <source>Open %1</source>
        <translation>Obre %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="401"/>
        <source>Save %1 as…</source>
        <translation>Desa %1 com a…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="407"/>
        <source>Attach file…</source>
        <translation>Adjunta un fitxer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="392"/>
        <source>&amp;Delete</source>
        <translation>&amp;Suprimeix</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="25"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacte</numerusform>
            <numerusform>%Ln contactes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="28"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="31"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="34"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activitat</numerusform>
            <numerusform>%Ln activitats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="37"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fitxer</numerusform>
            <numerusform>%Ln fitxers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="40"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunitat</numerusform>
            <numerusform>%Ln oportunitats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="43"/>
        <source>Permanently delete the %Ln item(s) in the Trash?</source>
        <translation>
            <numerusform>Voleu suprimir definitivament %Ln element de la Paperera?</numerusform>
            <numerusform>Voleu suprimir definitivament els %Ln elements de la Paperera?</numerusform>
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
        <translation>Buida la Paperera</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="74"/>
        <source>The Trash is already empty.</source>
        <translation>La Paperera ja és buida.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="83"/>
        <source>This cannot be undone (a backup of the database is made first).</source>
        <translation>Aquesta acció no es pot desfer (abans es fa una còpia de seguretat de la base de dades).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="91"/>
        <source>&amp;Empty Trash</source>
        <translation>&amp;Buida la Paperera</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="129"/>
        <source>All kinds (%1)</source>
        <translation>Tots els tipus (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="130"/>
        <source>Contacts (%1)</source>
        <translation>Contactes (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="131"/>
        <source>Accounts (%1)</source>
        <translation>Comptes (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="132"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="133"/>
        <source>Activities (%1)</source>
        <translation>Activitats (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="134"/>
        <source>Files (%1)</source>
        <translation>Fitxers (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="135"/>
        <source>Deals (%1)</source>
        <translation>Oportunitats (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="190"/>
        <location filename="../../ui/trash_dialog.ui" line="98"/>
        <source>The Trash is empty.</source>
        <translation>La Paperera és buida.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="192"/>
        <source>There is nothing of this kind in the Trash.</source>
        <translation>No hi ha res d&apos;aquest tipus a la Paperera.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="14"/>
        <source>Trash</source>
        <translation>Paperera</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="20"/>
        <source>Deleted contacts, accounts, notes and activities stay here until you empty the Trash. Select some and click Restore to bring them back.</source>
        <translation>Els contactes, comptes, notes i activitats suprimits es queden aquí fins que buideu la Paperera. Seleccioneu-ne alguns i feu clic a «Restaura» per recuperar-los.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="35"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="45"/>
        <source>Kind of record shown</source>
        <translation>Tipus de registre que es mostra</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="67"/>
        <source>Records in the Trash</source>
        <translation>Registres de la Paperera</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="113"/>
        <source>Bring the selected records back from the Trash</source>
        <translation>Recupera els registres seleccionats de la Paperera</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="116"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaura</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="123"/>
        <source>Delete for good everything in the Trash</source>
        <translation>Suprimeix definitivament tot el que hi ha a la Paperera</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="126"/>
        <source>Empty &amp;Trash…</source>
        <translation>&amp;Buida la Paperera…</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="28"/>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="29"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="30"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="31"/>
        <source>Activity</source>
        <translation>Activitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="32"/>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="33"/>
        <source>Deal</source>
        <translation>Oportunitat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="37"/>
        <source>Call</source>
        <translation>Trucada</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="38"/>
        <source>Email</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="39"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="40"/>
        <source>Meeting</source>
        <translation>Reunió</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="41"/>
        <source>Task</source>
        <translation>Tasca</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="71"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="72"/>
        <source>Name or subject</source>
        <translation>Nom o assumpte</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="73"/>
        <source>Deleted on</source>
        <translation>Data de supressió</translation>
    </message>
</context>
<context>
    <name>TypeNamesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="62"/>
        <source>Relationship Type</source>
        <translation>Tipus de relació</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="64"/>
        <source>&amp;Inverse (on the other card):</source>
        <translation>&amp;Invers (a l&apos;altra fitxa):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="67"/>
        <source>The same word</source>
        <translation>La mateixa paraula</translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="39"/>
        <source>Undo</source>
        <translation>Desfés</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="40"/>
        <source>Bring back what was just deleted</source>
        <translation>Recupera el que s&apos;acaba de suprimir</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="92"/>
        <source>%1 — Undo (%2)</source>
        <translation>%1 — Desfés (%2)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="102"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Us donem la benvinguda a CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="105"/>
        <source>There are no contacts yet. Bring in the ones you already have, or start with the first one.</source>
        <translation>Encara no hi ha cap contacte. Porteu els que ja teniu o comenceu pel primer.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="111"/>
        <source>Import from Outlook…</source>
        <translation>Importa des de l&apos;Outlook…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="113"/>
        <source>In Outlook: File &gt; Open &amp; Export &gt; Import/Export &gt; Export to a file &gt; Comma Separated Values. Outlook.com: People &gt; Manage contacts &gt; Export contacts.</source>
        <translation>A l&apos;Outlook: Fitxer &gt; Obre i exporta &gt; Importació/exportació &gt; Exporta a un fitxer &gt; Valors separats per comes. A l&apos;Outlook.com: Persones &gt; Gestiona els contactes &gt; Exporta els contactes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="119"/>
        <source>Import from Google…</source>
        <translation>Importa des de Google…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="121"/>
        <source>At contacts.google.com: Export, then Google CSV or vCard. The file goes to your Downloads folder.</source>
        <translation>A contacts.google.com: Exporta i després Google CSV o vCard. El fitxer es desa a la carpeta Baixades.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="126"/>
        <source>Import from a phone…</source>
        <translation>Importa des d&apos;un telèfon…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="128"/>
        <source>Android: Contacts &gt; Fix &amp; manage &gt; Export to file (a .vcf file). iPhone: at icloud.com/contacts select all, then Export vCard.</source>
        <translation>Android: Contactes &gt; Corregeix i gestiona &gt; Exporta a un fitxer (un fitxer .vcf). iPhone: a icloud.com/contacts seleccioneu-ho tot i després Exporta la vCard.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="133"/>
        <source>Import a CSV file…</source>
        <translation>Importa un fitxer CSV…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="135"/>
        <source>Any other program or spreadsheet: save the list as CSV; you then say which column holds what.</source>
        <translation>Qualsevol altre programa o full de càlcul: deseu la llista com a CSV; després indiqueu què conté cada columna.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Add a contact…</source>
        <translation>Afegeix un contacte…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Type in the first one yourself.</source>
        <translation>Escriviu vosaltres mateixos el primer.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="141"/>
        <source>Open the demo</source>
        <translation>Obre la demostració</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="143"/>
        <source>A separate window with sample contacts, accounts and activities, to look around in. Nothing of it is added to your own database.</source>
        <translation>Una finestra a part amb contactes, comptes i activitats de mostra per fer-hi una ullada. No s&apos;afegeix res a la vostra base de dades.</translation>
    </message>
</context>
<context>
    <name>WindowSchedule</name>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="79"/>
        <source>Overdue activities: %1</source>
        <translation>Activitats vençudes: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="68"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="169"/>
        <source>&amp;Sync Now</source>
        <translation>Sincroni&amp;tza ara</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="171"/>
        <source>Sync with your CardDAV/CalDAV servers (%1)</source>
        <translation>Sincronitza amb els vostres servidors CardDAV/CalDAV (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="175"/>
        <source>S&amp;ync Accounts…</source>
        <translation>Comptes de sincronit&amp;zació…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="199"/>
        <source>Last sync: %1</source>
        <translation>Darrera sincronització: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="234"/>
        <source>Password</source>
        <translation>Contrasenya</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="236"/>
        <source>No keyring keeps the password of %1 (%2). Password:</source>
        <translation>Cap clauer no desa la contrasenya de %1 (%2). Contrasenya:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="288"/>
        <source>Syncing…</source>
        <translation>S&apos;està sincronitzant…</translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="126"/>
        <source>Search activities: subjects, details, places, people…</source>
        <translation>Cerca activitats: assumptes, detalls, llocs, persones…</translation>
    </message>
</context>
</TS>
