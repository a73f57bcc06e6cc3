<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Error</name>
    <message>
        <location filename="../ui/texts.py" line="129"/>
        <source>The API token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="130"/>
        <source>The kiosk is not configured correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="131"/>
        <source>The service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="132"/>
        <source>The service is busy (rate limited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="133"/>
        <source>The service had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="134"/>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="135"/>
        <source>No connection to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="136"/>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="139"/>
        <source>An unexpected problem in the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="140"/>
        <source>Unknown problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not available right now. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="42"/>
        <source>Hold still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="46"/>
        <source>Step up to verify your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="51"/>
        <source>Stand about an arm&apos;s length from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="52"/>
        <source>Look straight at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="53"/>
        <source>Remove hats, masks and sunglasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="58"/>
        <source>Got it!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="62"/>
        <source>Checking your photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="66"/>
        <source>Camera not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="70"/>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <location filename="../ui/texts.py" line="17"/>
        <source>Look at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="18"/>
        <source>Move closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="19"/>
        <source>Only one person, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="20"/>
        <source>Uncover your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="21"/>
        <source>Move to the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="22"/>
        <source>Face the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="23"/>
        <source>Keep your head straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="24"/>
        <source>More light, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="25"/>
        <source>Too bright, avoid direct light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="26"/>
        <source>Hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="27"/>
        <source>Keep your eyes open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="28"/>
        <source>Move back a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="29"/>
        <source>Move a little to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="30"/>
        <source>Move a little to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="31"/>
        <source>Lower your face a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="32"/>
        <source>Raise your face a little</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the settings to set a staff PIN that locks kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the screens in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>IDmeta Face Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the staff PIN, then OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="24"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="32"/>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="38"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="48"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="75"/>
        <location filename="../ui/pin_dialog.py" line="90"/>
        <source>No staff PIN is set. Set one in the settings in staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pin_dialog.py" line="85"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="98"/>
        <source>Too many wrong PINs. Locked for %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>Service busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had a problem. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again, or call a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reported an error. Try again; if it persists, contact IDmeta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not come from the IDmeta API (a web page, a proxy, or too large). Check the API address and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request. Check the trust flow and camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it happens again, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="77"/>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="78"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="79"/>
        <source>Review needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="80"/>
        <source>Photo not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="81"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="82"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="101"/>
        <source>Thank you. You may proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="103"/>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="107"/>
        <source>A member of staff will check your verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="111"/>
        <source>Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="114"/>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="117"/>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="121"/>
        <source>Please call a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="122"/>
        <source>Check the settings (API address, trust flow, token).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Take the photo again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and make the kiosk ready for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_view.py" line="96"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_view.py" line="97"/>
        <source>Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/result_view.py" line="123"/>
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>Starting again in %n s</numerusform>
            <numerusform>Starting again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/result_view.py" line="133"/>
        <source>Trust validation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/result_view.py" line="135"/>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every screen's text 1.3 times as large (from the next start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every field and write the configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <source>Camera and service changes apply the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="108"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>empty: first webcam · 1: camera index · file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>Width (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>Height (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="158"/>
        <source>Mirror the preview (like a mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Trust flow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>unchanged (stored in the OS credential store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="176"/>
        <source>Kiosk id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Answer timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="180"/>
        <source>Leave the address and token empty to use the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="188"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="193"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196"/>
        <source>Hold still for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="199"/>
        <source>Result shown for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="202"/>
        <source>Back to start when nobody is seen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="204"/>
        <source>Sound on capture and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="207"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="217"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="219"/>
        <source>Staff (operator at the desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Kiosk (self-service, full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Start in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="226"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="226"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="228"/>
        <source>New staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="231"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="234"/>
        <source>Wrong PINs before lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="238"/>
        <source>Lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>Use 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="329"/>
        <source>Please correct the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="334"/>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Sent with the verification, e.g. desk 3 or a case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo now; only when every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the capture or the submission in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this person and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, validation ID and outcome of each verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera, service, capture, thresholds and kiosk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="36"/>
        <source>Face found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="37"/>
        <source>One face only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="38"/>
        <source>Face not cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="39"/>
        <source>Close enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="40"/>
        <source>Away from the edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="41"/>
        <source>Facing the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="42"/>
        <source>Not too dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="43"/>
        <source>Not too bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="44"/>
        <source>Face uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="45"/>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="46"/>
        <source>Eyes open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="220"/>
        <source>Operator reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="221"/>
        <source>e.g. desk 3 / case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="222"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="223"/>
        <source>Capture anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="225"/>
        <source>Send although a check fails: the service may reject the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="227"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="228"/>
        <source>Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="229"/>
        <source>A check fails: the service may reject this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="230"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="231"/>
        <source>Live metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="320"/>
        <source>%1 / %2 per s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="53"/>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="54"/>
        <source>Yaw / pitch / roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="55"/>
        <source>Face size (eye distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="56"/>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="57"/>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="58"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="59"/>
        <source>Shown / analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="234"/>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="236"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="236"/>
        <source>Validation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="236"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="245"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="259"/>
        <source>Sandbox — not connected to IDmeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="261"/>
        <source>IDmeta · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Before we take your photo</source>
        <translation>Before we take your photo</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Full notice: %1</source>
        <translation>Full notice: %1</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Agree to the notice and go on to the photo</source>
        <translation>Agree to the notice and go on to the photo</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Do not take a photo; back to the start</source>
        <translation>Do not take a photo; back to the start</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Consent given verbally</source>
        <translation>Consent given verbally</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Consent declined</source>
        <translation>Consent declined</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Record that the person agreed verbally, then capture</source>
        <translation>Record that the person agreed verbally, then capture</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>The person declined: nothing is captured</source>
        <translation>The person declined: nothing is captured</translation>
    </message>
    <message>
        <location filename="../ui/consent_view.py" line="1"/>
        <source>Consent notice</source>
        <translation>Consent notice</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>Need help? Call staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a member of staff to help you; no photo is needed for that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff has been called and will be with you soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>No face detected in the image. Please ensure face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face is too small. Please move face closer to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple faces detected in the image. Please ensure only one face is visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face is partially hidden or obscured. Please ensure full face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face is cropped. Please ensure full face is in frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face angle is too large. Please ensure face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face is too close to the border. Please ensure face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera source cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose another language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
