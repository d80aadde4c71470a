<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Επιλογή όλων</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Αύξηση</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Μείωση</translation>
        </message>
    </context>
    <context>
        <name>QComboBox</name>
        <message>
            <source>Open the combo box selection popup</source>
            <translation>Άνοιγμα της λίστας επιλογών</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Αναζήτηση σε:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Πίσω</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Μετάβαση πίσω</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Εμπρός</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Μετάβαση εμπρός</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Γονικός φάκελος</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Μετάβαση στον γονικό φάκελο</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Δημιουργία νέου φακέλου</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Δημιουργία νέου φακέλου</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Προβολή λίστας</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Αλλαγή σε προβολή λίστας</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Προβολή λεπτομερειών</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Αλλαγή σε προβολή λεπτομερειών</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Πλαϊνή γραμμή</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Λίστα τοποθεσιών και σελιδοδεικτών</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Αρχεία</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Αρχεία τύπου:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Εύρεση φακέλου</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Αποθήκευση ως</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Φάκελος:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Όνομα &amp;αρχείου:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Άν&amp;οιγμα</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Επιλογή</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Α&amp;ποθήκευση</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Εμφάνιση </translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Μετονομασία</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Διαγραφή</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Εμφάνιση &amp;κρυφών αρχείων</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Νέος φάκελος</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Όλα τα αρχεία (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Φάκελοι</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Ο φάκελος δεν βρέθηκε.
Βεβαιωθείτε ότι δόθηκε το σωστό όνομα φακέλου.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>Το %1 υπάρχει ήδη.
Θέλετε να αντικατασταθεί;</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Το αρχείο δεν βρέθηκε.
Βεβαιωθείτε ότι δόθηκε το σωστό όνομα αρχείου.</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Νέος φάκελος</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>Το «%1» προστατεύεται από εγγραφή.
Θέλετε να διαγραφεί παρ' όλα αυτά;</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Θέλετε σίγουρα να διαγράψετε το «%1»;</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Δεν ήταν δυνατή η διαγραφή του φακέλου.</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Πρόσφατες τοποθεσίες</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Κατάργηση</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Όνομα</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Μέγεθος</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>Match OS X Finder</comment>
            <translation>Είδος</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Τύπος</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ημερομηνία τροποποίησης</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Ο υπολογιστής μου</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Υπολογιστής</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Εισαγάγετε μια τιμή:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Αναίρεση</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Ακύρωση αναί&amp;ρεσης</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Απο&amp;κοπή</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Αντι&amp;γραφή</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Επικόλληση</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Επιλογή όλων</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Εμφάνιση λεπτομερειών...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Απόκρυψη λεπτομερειών...</translation>
        </message>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Πληροφορίες για το Qt&lt;/h3&gt;&lt;p&gt;Αυτό το πρόγραμμα χρησιμοποιεί το Qt, έκδοση %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Πληροφορίες για το Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Αποθήκευση</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Αποθήκευση όλων</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Άνοιγμα</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ναι</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ναι σε ό&amp;λα</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>Ό&amp;χι</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Όχι σε όλ&amp;α</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Ματαίωση</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Επανάληψη</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Παράβλεψη</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Κλείσιμο</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Άκυρο</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Απόρριψη</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Βοήθεια</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Εφαρμογή</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Επαναφορά</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Επαναφορά προεπιλογών</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Πρώτη σελίδα</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Προσαρμογή σελίδας</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Προσαρμογή στο πλάτος</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Οριζόντιος προσανατολισμός</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Τελευταία σελίδα</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Επόμενη σελίδα</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Διαμόρφωση σελίδας</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Κατακόρυφος προσανατολισμός</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Προηγούμενη σελίδα</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Εκτύπωση</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Προεπισκόπηση εκτύπωσης</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Εμφάνιση αντικριστών σελίδων</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Εμφάνιση επισκόπησης όλων των σελίδων</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Εμφάνιση μίας σελίδας</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Μεγέθυνση</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Σμίκρυνση</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Άκυρο</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Κύλιση εδώ</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Αριστερό άκρο</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Επάνω</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Δεξί άκρο</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Κάτω</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Μία σελίδα αριστερά</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Μία σελίδα επάνω</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Μία σελίδα δεξιά</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Μία σελίδα κάτω</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Κύλιση αριστερά</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Κύλιση επάνω</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Κύλιση δεξιά</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Κύλιση κάτω</translation>
        </message>
    </context>
    <context>
        <name>QTabBar</name>
        <message>
            <source>Scroll Left</source>
            <translation>Κύλιση αριστερά</translation>
        </message>
        <message>
            <source>Scroll Right</source>
            <translation>Κύλιση δεξιά</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo %1</source>
            <translation>Αναίρεση %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <comment>Default text for undo action</comment>
            <translation>Αναίρεση</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Ακύρωση αναίρεσης %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <comment>Default text for redo action</comment>
            <translation>Ακύρωση αναίρεσης</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo %1</source>
            <translation>Αναίρεση %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <comment>Default text for undo action</comment>
            <translation>Αναίρεση</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Ακύρωση αναίρεσης %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <comment>Default text for redo action</comment>
            <translation>Ακύρωση αναίρεσης</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Αναίρεση</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Ακύρωση αναί&amp;ρεσης</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Απο&amp;κοπή</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Αντι&amp;γραφή</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Αντιγραφή θέσης &amp;συνδέσμου</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Επικόλληση</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Διαγραφή</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Επιλογή όλων</translation>
        </message>
    </context>
</TS>
