<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
    <name>CameraChangeNotice</name>
    <message>
        <source>Camera plugged in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera unplugged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>First webcam (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: first webcam · 1: camera index · file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraThumbnail</name>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small live picture of the chosen camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Before we take your photo</source>
        <translation>Before we take your photo</translation>
    </message>
    <message>
        <source>Full notice: %1</source>
        <translation>Full notice: %1</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <source>Agree to the notice and go on to the photo</source>
        <translation>Agree to the notice and go on to the photo</translation>
    </message>
    <message>
        <source>Do not take a photo; back to the start</source>
        <translation>Do not take a photo; back to the start</translation>
    </message>
    <message>
        <source>Consent given verbally</source>
        <translation>Consent given verbally</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>Consent declined</translation>
    </message>
    <message>
        <source>Record that the person agreed verbally, then capture</source>
        <translation>Record that the person agreed verbally, then capture</translation>
    </message>
    <message>
        <source>The person declined: nothing is captured</source>
        <translation>The person declined: nothing is captured</translation>
    </message>
    <message>
        <source>Consent notice</source>
        <translation>Consent notice</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The API token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is not configured correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy (rate limited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected problem in the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <source>Hold still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step up to verify your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hats, masks and sunglasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation type="unfinished"></translation>
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
    <name>Hint</name>
    <message>
        <source>Look at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one person, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncover your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your head straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More light, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too bright, avoid direct light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your eyes open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a little to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a little to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your face a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise your face a little</source>
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
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the settings to set a staff PIN that locks kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDmeta Face Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not locked: no staff PIN set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc leaves kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff PIN set: kiosk mode will not be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one in the settings in staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open this screen in kiosk mode: tap the top-left corner of the screen %1 times within %2 seconds.</source>
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
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. You may proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff will check your verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>Starting again in %n s</numerusform>
            <numerusform>Starting again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust validation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
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
    <name>SettingsDialog</name>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every screen&apos;s text 1.3 times as large (from the next start).</source>
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
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera and service changes apply the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1 for this run; not saved to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the preview (like a mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust flow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (stored in the OS credential store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the address and token empty to use the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result shown for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) found; or type an index, a video file or an image folder.</source>
        <translation>
            <numerusform>%n camera found; or type an index, a video file or an image folder.</numerusform>
            <numerusform>%n cameras found; or type an index, a video file or an image folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera could be listed; type an index, a video file or an image folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer an external camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With “First webcam”: a camera plugged in (USB) is used rather than the computer&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each answer from the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to start after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when nobody is seen in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on capture and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-device checks. Change them only with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff (operator at the desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk (self-service, full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PINs before lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to correct: %1.</source>
        <translation>
            <numerusform>%n field to correct: %1.</numerusform>
            <numerusform>%n fields to correct: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera named “%1” (cameras found: %2)</source>
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
        <source>Face found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One face only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face not cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facing the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not too dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not too bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face uncovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. desk 3 / case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send although a check fails: the service may reject the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check fails: the service may reject this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 per s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yaw / pitch / roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face size (eye distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown / analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — not connected to IDmeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDmeta · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thresholds</name>
    <message>
        <source>score (of 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× face size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person: detector score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the detector must be before another box may be a second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny face: detector score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A face too small for landmarks still counts as a face from this score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second person: smallest face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another face counts when at least this share of the main face&apos;s width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× face width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest distance between the eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below this the face is too small: the person is asked to come closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest face height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face must fill at least this share of the picture&apos;s height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× picture height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the face may reach past the picture&apos;s edge before it is cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin to the picture&apos;s edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space required between the face and every edge of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest head turn, left or right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned further, the person is asked to look straight at the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest head tilt, up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilted further, the person is asked to hold the head level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest head tilt to the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning further to a shoulder, the person is asked to hold the head straight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level head reads as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The up/down angle a face looking straight ahead reads; tilt counts from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darkest face allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median brightness of the skin; darker is too dark to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brightness (of 255)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightest face allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median brightness of the skin; brighter is over-exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest washed-out share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the face at pure white above which the light is too strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share (of 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus measured on the face; below this the picture is too blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly hidden face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above this score something covers the face (a hand, a mask, hair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest head turn for the cover check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned further, the face is not checked for cover; facing the camera comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above this score for both eyes, the eyes count as closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
