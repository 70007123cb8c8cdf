<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (not signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaBuilder</name>
    <message>
        <source>Agenda being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaBuilderModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaClockModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Edit agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDropTree</name>
    <message>
        <source>Agenda items: drop documents here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTreeModel</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
    <message>
        <source>Amendments held back from participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) held back from participants until you publish them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publish these amendments? Every participant receives them at once, with a notice of what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard these amendments? The meeting goes back to what participants have; added items and documents are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Add mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationToolBar</name>
    <message>
        <source>Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New marks are visible to the other participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerProgressModel</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Majority of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two thirds of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record those connected as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %1 of %2 members (quorum needs %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Offline: only those recorded by hand are counted.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>saved on this device, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not voted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardLabel</name>
    <message>
        <source>Checking the ballot board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot board could not be fetched; it is checked again at the next look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot is on the board (the board verifies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: your ballot is NOT on the published board. Your receipt is kept on this laptop; report this to the secretariat and the chair now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the published ballot board does not verify (it was changed or not signed by the store). Report this to the secretariat and agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot board is not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» was changed on the store by someone else after you last synced, so your change was not applied. Nothing is lost: choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the store now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvPreviewDialog</name>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported</source>
        <translation>
            <numerusform>%n row will be imported</numerusform>
            <numerusform>%n rows will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused, nothing is written for them</source>
        <translation>
            <numerusform>%n refused, nothing is written for it</numerusform>
            <numerusform>%n refused, nothing is written for them</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentItemBar</name>
    <message>
        <source>Back to the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now discussing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — you are looking at another item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients may print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients may save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentHitsModel</name>
    <message>
        <source>p. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; not yet accepted by the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet: name the recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Loading page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Places found in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document in the agenda to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop PDF files on an agenda item to add them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (nothing was stored for them)</source>
        <translation>
            <numerusform>%n refused (nothing was stored for it)</numerusform>
            <numerusform>%n refused (nothing was stored for them)</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sent to the store at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from the previous version (members see this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Nothing you saved on this computer was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept on this computer and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection; the app retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type them again, or ask the secretariat to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your marks, notes and ballots on this computer are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote is kept on this computer; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, tell agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again on this computer and cast the ballot again; if it keeps happening, tell agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the sender for a new copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server no longer knows this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address, your username and password, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address like https://hop.example.gov.vn and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address answers, but it is not a meetings server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address with agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords were tried for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then sign in again; if you did not try these, tell agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several of your files are still being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment; the app sends the rest by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the meeting server stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address is not protected: it starts with http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https:// address agency IT gave you; passwords are never sent unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server&apos;s security certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to it; your work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address; if it is right, ask agency IT to install the agency certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has been removed from your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For security, the meetings kept on this computer are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact agency IT to use this computer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept on this computer but cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer holds another person&apos;s meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their data was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as that person, or ask agency IT to remove their data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the accounts the demo lists and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure place to keep your sign-in is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase when asked, or ask agency IT to set up the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings on this computer stay encrypted and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again; check the keyboard language and Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protected key store on this computer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left as it is; nothing was sent or deleted, but the meetings kept here cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask agency IT to reset this computer; your meetings download again after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some data on this computer could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think you should be, contact the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you asked for is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync to fetch the latest meeting pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy was kept, and so was yours on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the latest version and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer change to this, made on another device, was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost; the newer version is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it, and change it again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server did not accept this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the secretariat if the change is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split or compress the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server does not have this document&apos;s file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is kept on this computer and is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync again when the network is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A download could not resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you saved was lost; the file is downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server does not accept this kind of request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the version of the app that agency IT provides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the meeting server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server hit an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the server; your work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other copies of the server (the port may be in use) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll had already closed when your ballot arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot is kept on this computer but was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the secretariat if you believe this is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file aside or restore a backup, then start again; the meeting pack downloads again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poll is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballot was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote once the chair opens the poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are not final until the poll closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again after the poll has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot was not signed by this computer, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature on your ballot does not match this computer, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of this computer is full, so the last change or download could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier work is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk and try again; downloads resume where they stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to (or set MEETINGS_APP_HOME) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other copies of the app and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be brought up to this version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not delete the file; send the details to agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address in the settings is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address (or ask agency IT) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of this document on this computer was damaged and has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your marks and notes on it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync to download the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has not been downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network and sync; it opens once downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downloaded file did not match what the server announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged copy was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync again; if it keeps happening, tell agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available on this computer right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again after the next sync; if it keeps happening, tell agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of this document could not be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other pages can still be read; ask the secretariat for a corrected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page took too long to display and was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the document and open another; ask the secretariat for a corrected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the secretariat for a corrected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of this document has no visible area, so it cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to mark up documents and vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mark could not be placed on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw it again; if it keeps happening, tell agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document may not be printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat decides this for each document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting&apos;s data has not been checked with the server for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network and sync to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the details to agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the program is too old to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, marks and ballots are kept on this computer and are sent after the update; you can keep reading and marking up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the new version that agency IT provides, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting server&apos;s signing key cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency IT must restore the key file from its backup; do not make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting is started once and ended once; it cannot go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync to see the meeting&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item is not part of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync, then choose an item of this meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are approved by the chair before they are published, and published minutes are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync to see the minutes&apos; current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of this file takes too long to draw, so it would stall the members&apos; screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not added; nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the author for a simpler file (for example printed again to PDF) and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document&apos;s classification is not known to this app, so it may not be printed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the secretariat to check the document&apos;s classification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document and your marks are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or free some space on the disk, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutes have been written for this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the meeting secretary to write the minutes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its start time, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all ballots of this poll have reached this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync, then build the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built from the data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document of the meeting pack is missing on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync, then build the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document of the meeting pack cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the secretariat for a corrected file, then build the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no such document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo data again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the times, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline lease must be from 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the number of days, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not know that time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a zone from the list (Asia/Ho_Chi_Minh for Vietnam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot take that step from where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published meeting is amended, not taken back to a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That role is not one a meeting knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose chair, secretary, member, invitee or observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member can be replaced by a substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the member who will be absent, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person already has this username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another username, or find the person in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is empty, too long, or has spaces in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a username of up to 64 letters, digits or dots, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the full name, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already attends the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone who is not invited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs two or more different options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one option per line, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open request cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it and make a new request if the question must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question to open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question and save the draft first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a later deadline, save, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose agenda, pack, ballots, minutes or opinions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no draft document to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the draft in the Documents tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key could not be opened: the file or token is missing, or the password or PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed; the report is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in your token or choose your key file, check the PIN, and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key file&apos;s password again, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refused the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN again. After several wrong PINs a token locks itself: then ask the certificate provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing token with that name was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in your token, check its name and the token&apos;s library, and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no number yet, so it cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue it first (the store gives its number), then sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s number has been asked of the store and is not here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is saved and is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network; the report is issued as soon as the store answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is identical to the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new file and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused at import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export it as PDF and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is cut short; its end is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or download it again, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it again and give the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has too many pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into smaller documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the PDF needed more memory than allowed, or the file is built to crash readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it exists and that you may open it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the password and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the PDF took too long; it may be built to stall readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the sender for a simpler copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split or compress it, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the program is too old to sync; install version %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has not been checked with the server for more than %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer refused to write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These documents have not been downloaded yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is identical to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has %1 pages; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” of the meeting pack is missing on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” of the meeting pack cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; at most %2 MB can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Save annotated copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the annotated copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the copy for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>Agenda items for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitee receives only these items and their documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or place changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveVotesModel</name>
    <message>
        <source>Secret vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: %1 of %2 voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveVotesPanel</name>
    <message>
        <source>Votes of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question put to the vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve / Not approve / Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret vote (only the count is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vote on the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vote yet in this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret vote: nobody&apos;s name is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has more than half of all voters: not adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum NOT met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings: Cabinet meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the meetings kept on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save annotated copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the store refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks that could not follow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;eeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the meeting pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to meeting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on page %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: your work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is too old to sync; see above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFormWidget</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written-opinion request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (deadline of a request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline lease</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Upcoming meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written-opinion requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date or deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingListView</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as a new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not prepare this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new meeting: it stays a draft that only the secretariat sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this meeting: its agenda and participants are copied, its documents are not. Change the title and times, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent to the store at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel «%1»? It disappears from every participant&apos;s laptop at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPanels</name>
    <message>
        <source>Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPdfAction</name>
    <message>
        <source>Minutes of this meeting (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Sign in to run a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Note on this agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes: only you can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: your opinion is awaited on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the agenda: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote is open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote has closed: %1. Open to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your marks could not follow the new version of “%1”; they are kept on the earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The store did not accept %n of your changes; they are kept here. Open to see why.</source>
        <translation>
            <numerusform>The store did not accept %n of your changes; it is kept here. Open to see why.</numerusform>
            <numerusform>The store did not accept %n of your changes; they are kept here. Open to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search the directory by name or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite with this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found person substitutes for the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee&apos;s agenda items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure keyring. Choose a passphrase to encrypt the meetings kept here; you will type it each time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that protects the meetings on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPassword</name>
    <message>
        <source>Password-protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Enter it to import a decrypted copy (the password is not kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nguyen.van.an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person can sign in once an administrator has set a password (meetings-app admin set-password USERNAME). Passwords are never typed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollListModel</name>
    <message>
        <source>Written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message>
        <source>Votes of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on your ballot (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No polls for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this meeting does not include voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not voted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ballot: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be sent when this laptop is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (%1 ballots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret ballot: only the tally is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an option first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterLink</name>
    <message>
        <source>Follow the presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead the viewers to my page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the store</source>
        <translation>
            <numerusform>%n change not yet sent to the store</numerusform>
            <numerusform>%n changes not yet sent to the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s) not yet received by participants</source>
        <translation>
            <numerusform>%n amendment not yet received by participants</numerusform>
            <numerusform>%n amendments not yet received by participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this meeting? Every participant receives its agenda and the documents addressed to them at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedChangesDialog</name>
    <message>
        <source>Changes the store refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made on this computer but the store did not accept them, for the reason given. What you wrote is kept here; nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedChangesModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Issue (give it a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: the number and date are the register&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number pending: the request is saved and goes to the store at the next sync. The report is issued, and can be signed, when the store&apos;s number arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: no number yet. It is signed once it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign as the chair of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign as the secretary of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed. Save it to keep the signed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated-opinion table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>One option per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret (only the totals are ever shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind those who have not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question and options, then save the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members have answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret: how each member answered is never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No username on this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with this username in the directory (ask an administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name differs from the directory&apos;s for this username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role (chair, secretary, member, invitee or observer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already on an earlier row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunModeHost</name>
    <message>
        <source>Choose a meeting in the Read mode&apos;s list to run it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunModeWidget</name>
    <message>
        <source>Start the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sending…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item under discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the meeting for everyone? It cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunModeWiring</name>
    <message>
        <source>Run the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search documents and your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Your note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Signed out. Your work stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has been removed from your account, so the meetings kept on it have been deleted. Contact agency IT to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used fully after the program is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token&apos;s library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to sync; your work on this computer is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and the server address, or work offline with the meetings already on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a server address. It looks like https://hop.example.gov.vn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address answers, but it is not a meetings server. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has been removed from your account. Contact agency IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer holds another person&apos;s meetings. Sign in as that person, or ask agency IT to remove their data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure place to keep your sign-in is available on this computer, and no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignMinutesAction</name>
    <message>
        <source>Sign the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>an unknown signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ The signature of %1 is broken: the document was changed after it was signed, or the signature is damaged. Do not rely on this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Signed by %1 on %2; the signature is intact and trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Signed by %1 on %2; the signature is intact, but the certificate is not in the agency&apos;s trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was added to after this signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerQueueModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (speaking)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerQueuePanel</name>
    <message>
        <source>Requests to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to speak on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to speak on the meeting as a whole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakingPanel</name>
    <message>
        <source>Ask to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting to ask for the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this meeting does not include asking to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not asked to speak on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this device; the chair sees it once you are online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live: changes arrive as they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online: checking for changes now and then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline: work is kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailList</name>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnplacedMarksDialog</name>
    <message>
        <source>Marks that could not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of a document arrived. These marks could not be placed on it because the text they cover changed; they are kept on the earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the mark off this list; it stays on the earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) to review</source>
        <translation>
            <numerusform>%n mark to review</numerusform>
            <numerusform>%n marks to review</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mark followed its document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnplacedMarksModel</name>
    <message>
        <source>(a drawing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, page %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version (%1) is too old to sync with the meeting server; install version %2. Your notes, marks and ballots are kept on this computer and are sent after the update; until then you can keep reading and marking up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the program is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask agency IT for the new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
