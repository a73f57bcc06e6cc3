<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Camera not found</source>
        <translation>கேமரா கண்டறியப்படவில்லை</translation>
    </message>
    <message>
        <source>The camera is in use by another program</source>
        <translation>கேமராவை வேறொரு நிரல் பயன்படுத்துகிறது</translation>
    </message>
    <message>
        <source>Camera access denied</source>
        <translation>கேமரா அணுகல் மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>The camera was unplugged</source>
        <translation>கேமராவின் இணைப்பு துண்டிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>The camera source cannot be played</source>
        <translation>கேமரா மூலத்தை இயக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>கேமரா இயங்கவில்லை</translation>
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
        <translation>உங்கள் புகைப்படத்தை எடுப்பதற்கு முன்</translation>
    </message>
    <message>
        <source>Full notice: %1</source>
        <translation>முழு அறிவிப்பு: %1</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>நான் ஒப்புக்கொள்கிறேன்</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>வேண்டாம், நன்றி</translation>
    </message>
    <message>
        <source>Agree to the notice and go on to the photo</source>
        <translation>அறிவிப்பை ஒப்புக்கொண்டு புகைப்படத்திற்குச் செல்லவும்</translation>
    </message>
    <message>
        <source>Do not take a photo; back to the start</source>
        <translation>புகைப்படம் எடுக்க வேண்டாம்; தொடக்கத்திற்குத் திரும்பவும்</translation>
    </message>
    <message>
        <source>Consent given verbally</source>
        <translation>வாய்மொழியாக ஒப்புதல் அளிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>ஒப்புதல் மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Record that the person agreed verbally, then capture</source>
        <translation>அந்த நபர் வாய்மொழியாக ஒப்புக்கொண்டதைப் பதிவுசெய்து, பின்னர் படம் எடுக்கவும்</translation>
    </message>
    <message>
        <source>The person declined: nothing is captured</source>
        <translation>அந்த நபர் மறுத்துவிட்டார்: எந்தப் படமும் எடுக்கப்படாது</translation>
    </message>
    <message>
        <source>Consent notice</source>
        <translation>ஒப்புதல் அறிவிப்பு</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The API token was refused.</source>
        <translation>API டோக்கன் மறுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The kiosk is not configured correctly.</source>
        <translation>கியோஸ்க் சரியாக அமைக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>சேவை கோரிக்கையை மறுத்தது.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited).</source>
        <translation>சேவை நெரிசலாக உள்ளது (கோரிக்கை வரம்பு).</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>சேவையில் உள் பிழை ஏற்பட்டது.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>சேவை உரிய நேரத்தில் பதிலளிக்கவில்லை.</translation>
    </message>
    <message>
        <source>No connection to the service.</source>
        <translation>சேவையுடன் இணைப்பு இல்லை.</translation>
    </message>
    <message>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation>கியோஸ்க்கால் படிக்க முடியாத பதிலைச் சேவை அனுப்பியது.</translation>
    </message>
    <message>
        <source>An unexpected problem in the kiosk.</source>
        <translation>கியோஸ்க்கில் எதிர்பாராத சிக்கல்.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>அறியப்படாத சிக்கல்.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Hold still…</source>
        <translation>அசையாமல் இருங்கள்…</translation>
    </message>
    <message>
        <source>Step up to verify your identity</source>
        <translation>உங்கள் அடையாளத்தைச் சரிபார்க்க முன்னே வாருங்கள்</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from the screen</source>
        <translation>திரையிலிருந்து சுமார் ஒரு கை நீள தூரத்தில் நில்லுங்கள்</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>கேமராவை நேராகப் பாருங்கள்</translation>
    </message>
    <message>
        <source>Remove hats, masks and sunglasses</source>
        <translation>தொப்பி, முகக்கவசம், குளிர் கண்ணாடியை அகற்றுங்கள்</translation>
    </message>
    <message>
        <source>Got it!</source>
        <translation>படம் எடுக்கப்பட்டது!</translation>
    </message>
    <message>
        <source>Checking your photo…</source>
        <translation>உங்கள் புகைப்படம் சரிபார்க்கப்படுகிறது…</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>கேமரா கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation>தானாக மீண்டும் இணைக்கப்படுகிறது. இது தொடர்ந்தால், ஊழியரை அழையுங்கள்.</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>சேவையில் இல்லை</translation>
    </message>
    <message>
        <source>This kiosk is not available right now. Please ask staff for help.</source>
        <translation>இந்தக் கியோஸ்க் தற்போது கிடைக்கவில்லை. உதவிக்கு ஊழியர்களை அணுகவும்.</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>Need help? Call staff</source>
        <translation>உதவி வேண்டுமா? ஊழியரை அழையுங்கள்</translation>
    </message>
    <message>
        <source>Calls a member of staff to help you; no photo is needed for that</source>
        <translation>உங்களுக்கு உதவ ஒரு ஊழியரை அழைக்கிறது; அதற்குப் புகைப்படம் தேவையில்லை</translation>
    </message>
    <message>
        <source>A member of staff has been called and will be with you soon.</source>
        <translation>ஒரு ஊழியர் அழைக்கப்பட்டுள்ளார், விரைவில் உங்களிடம் வருவார்.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>Look at the camera</source>
        <translation>கேமராவைப் பாருங்கள்</translation>
    </message>
    <message>
        <source>Move closer</source>
        <translation>அருகில் வாருங்கள்</translation>
    </message>
    <message>
        <source>Only one person, please</source>
        <translation>தயவுசெய்து ஒருவர் மட்டும்</translation>
    </message>
    <message>
        <source>Uncover your face</source>
        <translation>முகத்தை மறைக்காதீர்கள்</translation>
    </message>
    <message>
        <source>Move to the centre</source>
        <translation>நடுவுக்கு நகருங்கள்</translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation>கேமராவை நோக்கித் திரும்புங்கள்</translation>
    </message>
    <message>
        <source>Keep your head straight</source>
        <translation>தலையை நேராக வையுங்கள்</translation>
    </message>
    <message>
        <source>More light, please</source>
        <translation>இன்னும் வெளிச்சம் தேவை</translation>
    </message>
    <message>
        <source>Too bright, avoid direct light</source>
        <translation>வெளிச்சம் அதிகம், நேரடி ஒளியைத் தவிருங்கள்</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>அசையாமல் இருங்கள்</translation>
    </message>
    <message>
        <source>Keep your eyes open</source>
        <translation>கண்களைத் திறந்து வையுங்கள்</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>சற்றுப் பின்னால் நகருங்கள்</translation>
    </message>
    <message>
        <source>Move a little to your left</source>
        <translation>உங்கள் இடப்பக்கம் சற்று நகருங்கள்</translation>
    </message>
    <message>
        <source>Move a little to your right</source>
        <translation>உங்கள் வலப்பக்கம் சற்று நகருங்கள்</translation>
    </message>
    <message>
        <source>Lower your face a little</source>
        <translation>முகத்தைச் சற்றுக் கீழே இறக்குங்கள்</translation>
    </message>
    <message>
        <source>Raise your face a little</source>
        <translation>முகத்தைச் சற்று மேலே உயர்த்துங்கள்</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose another language</source>
        <translation>வேறு மொழியைத் தேர்ந்தெடுக்கவும்</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IDmeta Face Capture</source>
        <translation>IDmeta முகப் படப்பிடிப்பு</translation>
    </message>
    <message>
        <source>Not locked: no staff PIN set</source>
        <translation>பூட்டப்படவில்லை: ஊழியர் PIN அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Esc leaves kiosk mode</source>
        <translation>கியோஸ்க் பயன்முறையிலிருந்து வெளியேற Esc</translation>
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
        <source>Open the settings to set a staff PIN that locks kiosk mode</source>
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
        <source>Cancel</source>
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
        <source>No staff PIN is set. Set one in the settings in staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>VERIFIED</source>
        <translation>சரிபார்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>சரிபார்க்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Review needed</source>
        <translation>மறுஆய்வு தேவை</translation>
    </message>
    <message>
        <source>Photo not accepted</source>
        <translation>புகைப்படம் ஏற்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>ஏதோ தவறு நடந்துவிட்டது</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Thank you. You may proceed.</source>
        <translation>நன்றி. நீங்கள் தொடரலாம்.</translation>
    </message>
    <message>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation>உங்களைச் சரிபார்க்க முடியவில்லை. ஒரு ஊழியரை அணுகவும்.</translation>
    </message>
    <message>
        <source>A member of staff will check your verification.</source>
        <translation>ஒரு ஊழியர் உங்கள் சரிபார்ப்பைப் பரிசீலிப்பார்.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>Service busy</source>
        <translation>சேவை நெரிசலாக உள்ளது</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>சேவைப் பிழை</translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation>சேவையை அணுக முடியவில்லை</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>எதிர்பாராத பதில்</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>அமைப்புச் சிக்கல்</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>கோரிக்கை மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Kiosk problem</source>
        <translation>கியோஸ்க் சிக்கல்</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>சேவை நெரிசலாக உள்ளது. சிறிது நேரத்தில் மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Wait a moment, then try again.</source>
        <translation>சேவை நெரிசலாக உள்ளது (கோரிக்கை வரம்பு). சிறிது காத்திருந்து, பின்னர் மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>The service had a problem. Please try again in a moment.</source>
        <translation>சேவையில் சிக்கல் ஏற்பட்டது. சிறிது நேரத்தில் மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>The service reported an error. Try again; if it persists, contact IDmeta.</source>
        <translation>சேவை ஒரு பிழையைத் தெரிவித்தது. மீண்டும் முயலவும்; தொடர்ந்தால், IDmeta-வைத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation>சேவையை அணுக முடியவில்லை. சிறிது நேரத்தில் மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation>சேவையை அணுக முடியவில்லை. மீண்டும் முயலவும், அல்லது இணைப்பைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Please try again, or call a member of staff.</source>
        <translation>மீண்டும் முயலவும், அல்லது ஒரு ஊழியரை அழைக்கவும்.</translation>
    </message>
    <message>
        <source>The answer did not come from the IDmeta API (a web page, a proxy, or too large). Check the API address and the network, then try again.</source>
        <translation>பதில் IDmeta API-யிலிருந்து வரவில்லை (ஒரு வலைப்பக்கம், ப்ராக்ஸி, அல்லது மிகப் பெரியது). API முகவரியையும் நெட்வொர்க்கையும் சரிபார்த்து, பின்னர் மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>Please call a member of staff.</source>
        <translation>ஒரு ஊழியரை அழைக்கவும்.</translation>
    </message>
    <message>
        <source>The service refused the request. Check the trust flow and camera.</source>
        <translation>சேவை கோரிக்கையை மறுத்தது. trust flow-வையும் கேமராவையும் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, restart the app.</source>
        <translation>மீண்டும் முயலவும்; மீண்டும் நடந்தால், செயலியை மறுதொடக்கம் செய்யவும்.</translation>
    </message>
    <message>
        <source>Check the settings (API address, trust flow, token).</source>
        <translation>அமைப்புகளைச் சரிபார்க்கவும் (API முகவரி, trust flow, டோக்கன்).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Try again</source>
        <translation>மீண்டும் முயலவும்</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>அடுத்த நபர்</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>மீண்டும் புகைப்படம் எடுக்கவும்</translation>
    </message>
    <message>
        <source>Finish and make the kiosk ready for the next person</source>
        <translation>முடித்து, அடுத்த நபருக்குக் கியோஸ்கைத் தயார்செய்யவும்</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>%n வினாடியில் மீண்டும் தொடங்கும்</numerusform>
            <numerusform>%n வினாடிகளில் மீண்டும் தொடங்கும்</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust validation %1</source>
        <translation>நம்பகச் சரிபார்ப்பு %1</translation>
    </message>
    <message>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
        <translation>சாண்ட்பாக்ஸ் — உருவகப்படுத்தப்பட்ட முடிவு, IDmeta-வுடன் இணைக்கப்படவில்லை</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>No face detected in the image. Please ensure face is clearly visible.</source>
        <translation>படத்தில் முகம் எதுவும் கண்டறியப்படவில்லை. முகம் தெளிவாகத் தெரிவதை உறுதிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Face is too small. Please move face closer to the camera.</source>
        <translation>முகம் மிகவும் சிறியதாக உள்ளது. முகத்தைக் கேமராவுக்கு அருகில் கொண்டு வரவும்.</translation>
    </message>
    <message>
        <source>Multiple faces detected in the image. Please ensure only one face is visible.</source>
        <translation>படத்தில் பல முகங்கள் கண்டறியப்பட்டன. ஒரு முகம் மட்டுமே தெரிவதை உறுதிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Face is partially hidden or obscured. Please ensure full face is clearly visible.</source>
        <translation>முகம் பகுதியளவு மறைக்கப்பட்டுள்ளது அல்லது மூடப்பட்டுள்ளது. முழு முகமும் தெளிவாகத் தெரிவதை உறுதிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Face is cropped. Please ensure full face is in frame.</source>
        <translation>முகம் வெட்டுப்பட்டுள்ளது. முழு முகமும் சட்டகத்திற்குள் இருப்பதை உறுதிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Face angle is too large. Please ensure face is clearly visible.</source>
        <translation>முகத்தின் கோணம் மிக அதிகமாக உள்ளது. முகம் தெளிவாகத் தெரிவதை உறுதிசெய்யவும்.</translation>
    </message>
    <message>
        <source>Face is too close to the border. Please ensure face is clearly visible.</source>
        <translation>முகம் விளிம்புக்கு மிக அருகில் உள்ளது. முகம் தெளிவாகத் தெரிவதை உறுதிசெய்யவும்.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every field and write the configuration file</source>
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
    <message numerus="yes">
        <source>%n camera(s) found; or type an index, a video file or an image folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Mirror the preview (like a mirror)</source>
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
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each answer from the service.</source>
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
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every screen&apos;s text 1.3 times as large (from the next start).</source>
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
    <message>
        <source>Could not save the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to correct: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">அடுத்த நபர்</translation>
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
        <source>Sandbox — not connected to IDmeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDmeta · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 per s</source>
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
