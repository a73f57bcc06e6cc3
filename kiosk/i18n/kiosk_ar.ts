<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Camera not found</source>
        <translation>لم يتم العثور على الكاميرا</translation>
    </message>
    <message>
        <source>The camera is in use by another program</source>
        <translation>الكاميرا قيد الاستخدام من قِبل برنامج آخر</translation>
    </message>
    <message>
        <source>Camera access denied</source>
        <translation>تم رفض الوصول إلى الكاميرا</translation>
    </message>
    <message>
        <source>The camera was unplugged</source>
        <translation>تم فصل الكاميرا</translation>
    </message>
    <message>
        <source>The camera source cannot be played</source>
        <translation>تعذّر تشغيل مصدر الكاميرا</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>الكاميرا لا تعمل</translation>
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
        <translation>قبل أن نلتقط صورتك</translation>
    </message>
    <message>
        <source>Full notice: %1</source>
        <translation>الإشعار الكامل: %1</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>Agree to the notice and go on to the photo</source>
        <translation>الموافقة على الإشعار والانتقال إلى التصوير</translation>
    </message>
    <message>
        <source>Do not take a photo; back to the start</source>
        <translation>عدم التقاط صورة والعودة إلى البداية</translation>
    </message>
    <message>
        <source>Consent given verbally</source>
        <translation>تم إعطاء الموافقة شفهيًا</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>تم رفض الموافقة</translation>
    </message>
    <message>
        <source>Record that the person agreed verbally, then capture</source>
        <translation>تسجيل أن الشخص وافق شفهيًا، ثم التقاط الصورة</translation>
    </message>
    <message>
        <source>The person declined: nothing is captured</source>
        <translation>رفض الشخص: لن يتم التقاط أي صورة</translation>
    </message>
    <message>
        <source>Consent notice</source>
        <translation>إشعار الموافقة</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The API token was refused.</source>
        <translation>تم رفض رمز API.</translation>
    </message>
    <message>
        <source>The kiosk is not configured correctly.</source>
        <translation>لم يتم إعداد جهاز الخدمة الذاتية بشكل صحيح.</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>رفضت الخدمة الطلب.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited).</source>
        <translation>الخدمة مشغولة (تم تجاوز حد الطلبات).</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>حدث خطأ داخلي في الخدمة.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>لم تستجب الخدمة في الوقت المحدد.</translation>
    </message>
    <message>
        <source>No connection to the service.</source>
        <translation>لا يوجد اتصال بالخدمة.</translation>
    </message>
    <message>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation>أرسلت الخدمة ردًا لا يستطيع جهاز الخدمة الذاتية قراءته.</translation>
    </message>
    <message>
        <source>An unexpected problem in the kiosk.</source>
        <translation>حدثت مشكلة غير متوقعة في جهاز الخدمة الذاتية.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>مشكلة غير معروفة.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Hold still…</source>
        <translation>اثبت في مكانك…</translation>
    </message>
    <message>
        <source>Step up to verify your identity</source>
        <translation>تقدّم للتحقق من هويتك</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from the screen</source>
        <translation>قف على بُعد ذراع تقريبًا من الشاشة</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>انظر مباشرةً إلى الكاميرا</translation>
    </message>
    <message>
        <source>Remove hats, masks and sunglasses</source>
        <translation>انزع القبعة والكمامة والنظارة الشمسية</translation>
    </message>
    <message>
        <source>Got it!</source>
        <translation>تم التقاط الصورة!</translation>
    </message>
    <message>
        <source>Checking your photo…</source>
        <translation>جارٍ فحص صورتك…</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>الكاميرا غير متاحة</translation>
    </message>
    <message>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation>جارٍ إعادة الاتصال تلقائيًا. إذا استمر ذلك، يُرجى استدعاء أحد الموظفين.</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>This kiosk is not available right now. Please ask staff for help.</source>
        <translation>هذا الجهاز غير متاح حاليًا. يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>Need help? Call staff</source>
        <translation>هل تحتاج إلى مساعدة؟ استدعِ موظفًا</translation>
    </message>
    <message>
        <source>Calls a member of staff to help you; no photo is needed for that</source>
        <translation>يستدعي موظفًا لمساعدتك؛ ولا حاجة إلى صورة لذلك</translation>
    </message>
    <message>
        <source>A member of staff has been called and will be with you soon.</source>
        <translation>تم استدعاء أحد الموظفين وسيكون معك قريبًا.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>Look at the camera</source>
        <translation>انظر إلى الكاميرا</translation>
    </message>
    <message>
        <source>Move closer</source>
        <translation>اقترب أكثر</translation>
    </message>
    <message>
        <source>Only one person, please</source>
        <translation>شخص واحد فقط من فضلك</translation>
    </message>
    <message>
        <source>Uncover your face</source>
        <translation>اكشف وجهك</translation>
    </message>
    <message>
        <source>Move to the centre</source>
        <translation>انتقل إلى المنتصف</translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation>واجه الكاميرا</translation>
    </message>
    <message>
        <source>Keep your head straight</source>
        <translation>أبقِ رأسك مستقيمًا</translation>
    </message>
    <message>
        <source>More light, please</source>
        <translation>نحتاج إلى إضاءة أكثر</translation>
    </message>
    <message>
        <source>Too bright, avoid direct light</source>
        <translation>الإضاءة قوية جدًا، تجنّب الضوء المباشر</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>اثبت في مكانك</translation>
    </message>
    <message>
        <source>Keep your eyes open</source>
        <translation>أبقِ عينيك مفتوحتين</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>ارجع إلى الخلف قليلًا</translation>
    </message>
    <message>
        <source>Move a little to your left</source>
        <translation>تحرّك قليلًا إلى يسارك</translation>
    </message>
    <message>
        <source>Move a little to your right</source>
        <translation>تحرّك قليلًا إلى يمينك</translation>
    </message>
    <message>
        <source>Lower your face a little</source>
        <translation>اخفض وجهك قليلًا</translation>
    </message>
    <message>
        <source>Raise your face a little</source>
        <translation>ارفع وجهك قليلًا</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose another language</source>
        <translation>اختر لغة أخرى</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IDmeta Face Capture</source>
        <translation>IDmeta لالتقاط صورة الوجه</translation>
    </message>
    <message>
        <source>Not locked: no staff PIN set</source>
        <translation>غير مقفل: لم يتم تعيين رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Esc leaves kiosk mode</source>
        <translation>اضغط Esc للخروج من وضع الخدمة الذاتية</translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <source>Review needed</source>
        <translation>تلزم المراجعة</translation>
    </message>
    <message>
        <source>Photo not accepted</source>
        <translation>لم تُقبل الصورة</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>تم الإلغاء</translation>
    </message>
    <message>
        <source>Thank you. You may proceed.</source>
        <translation>شكرًا لك. يمكنك المتابعة.</translation>
    </message>
    <message>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation>تعذّر علينا التحقق من هويتك. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>A member of staff will check your verification.</source>
        <translation>سيراجع أحد الموظفين عملية التحقق الخاصة بك.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Service busy</source>
        <translation>الخدمة مشغولة</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>خطأ في الخدمة</translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation>تعذّر الوصول إلى الخدمة</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>رد غير متوقع</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>مشكلة في الإعداد</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>تم رفض الطلب</translation>
    </message>
    <message>
        <source>Kiosk problem</source>
        <translation>مشكلة في الجهاز</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>الخدمة مشغولة. يُرجى المحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Wait a moment, then try again.</source>
        <translation>الخدمة مشغولة (تم تجاوز حد الطلبات). انتظر قليلًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The service had a problem. Please try again in a moment.</source>
        <translation>واجهت الخدمة مشكلة. يُرجى المحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The service reported an error. Try again; if it persists, contact IDmeta.</source>
        <translation>أبلغت الخدمة عن خطأ. حاول مرة أخرى؛ وإذا استمر، فاتصل بـ IDmeta.</translation>
    </message>
    <message>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation>تعذّر الوصول إلى الخدمة. يُرجى المحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation>تعذّر الوصول إلى الخدمة. حاول مرة أخرى، أو تحقّق من الاتصال.</translation>
    </message>
    <message>
        <source>Please try again, or call a member of staff.</source>
        <translation>يُرجى المحاولة مرة أخرى، أو استدعاء أحد الموظفين.</translation>
    </message>
    <message>
        <source>The answer did not come from the IDmeta API (a web page, a proxy, or too large). Check the API address and the network, then try again.</source>
        <translation>لم يصدر الرد عن واجهة IDmeta API (صفحة ويب، أو خادم وكيل، أو حجم كبير جدًا). تحقّق من عنوان API والشبكة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Please call a member of staff.</source>
        <translation>يُرجى استدعاء أحد الموظفين.</translation>
    </message>
    <message>
        <source>The service refused the request. Check the trust flow and camera.</source>
        <translation>رفضت الخدمة الطلب. تحقّق من مسار الثقة (trust flow) والكاميرا.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, restart the app.</source>
        <translation>حاول مرة أخرى؛ وإذا تكرر ذلك، فأعد تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>Check the settings (API address, trust flow, token).</source>
        <translation>تحقّق من الإعدادات (عنوان API، ومسار الثقة، والرمز).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>الشخص التالي</translation>
    </message>
    <message>
        <source>Take the photo again</source>
        <translation>التقاط الصورة مرة أخرى</translation>
    </message>
    <message>
        <source>Finish and make the kiosk ready for the next person</source>
        <translation>الإنهاء وتجهيز الجهاز للشخص التالي</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>البدء من جديد خلال %n ثانية</numerusform>
            <numerusform>البدء من جديد خلال ثانية واحدة</numerusform>
            <numerusform>البدء من جديد خلال ثانيتين</numerusform>
            <numerusform>البدء من جديد خلال %n ثوانٍ</numerusform>
            <numerusform>البدء من جديد خلال %n ثانية</numerusform>
            <numerusform>البدء من جديد خلال %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust validation %1</source>
        <translation>التحقق من الثقة %1</translation>
    </message>
    <message>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
        <translation>بيئة تجريبية — نتيجة محاكاة، غير متصلة بـ IDmeta</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>No face detected in the image. Please ensure face is clearly visible.</source>
        <translation>لم يتم اكتشاف أي وجه في الصورة. يُرجى التأكد من أن الوجه ظاهر بوضوح.</translation>
    </message>
    <message>
        <source>Face is too small. Please move face closer to the camera.</source>
        <translation>الوجه صغير جدًا. يُرجى تقريب الوجه من الكاميرا.</translation>
    </message>
    <message>
        <source>Multiple faces detected in the image. Please ensure only one face is visible.</source>
        <translation>تم اكتشاف عدة وجوه في الصورة. يُرجى التأكد من ظهور وجه واحد فقط.</translation>
    </message>
    <message>
        <source>Face is partially hidden or obscured. Please ensure full face is clearly visible.</source>
        <translation>الوجه مخفي أو محجوب جزئيًا. يُرجى التأكد من ظهور الوجه كاملًا بوضوح.</translation>
    </message>
    <message>
        <source>Face is cropped. Please ensure full face is in frame.</source>
        <translation>الوجه مقطوع. يُرجى التأكد من وجود الوجه كاملًا داخل الإطار.</translation>
    </message>
    <message>
        <source>Face angle is too large. Please ensure face is clearly visible.</source>
        <translation>زاوية الوجه كبيرة جدًا. يُرجى التأكد من أن الوجه ظاهر بوضوح.</translation>
    </message>
    <message>
        <source>Face is too close to the border. Please ensure face is clearly visible.</source>
        <translation>الوجه قريب جدًا من حافة الصورة. يُرجى التأكد من أن الوجه ظاهر بوضوح.</translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">الشخص التالي</translation>
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
