<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY" sourcelanguage="en">
<context>
    <name>Error</name>
    <message>
        <location filename="../ui/texts.py" line="129"/>
        <source>The API token was refused.</source>
        <translation>Token API ditolak.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="130"/>
        <source>The kiosk is not configured correctly.</source>
        <translation>Kiosk tidak dikonfigurasi dengan betul.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="131"/>
        <source>The service refused the request.</source>
        <translation>Perkhidmatan menolak permintaan ini.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="132"/>
        <source>The service is busy (rate limited).</source>
        <translation>Perkhidmatan sedang sibuk (had kadar).</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="133"/>
        <source>The service had an internal error.</source>
        <translation>Perkhidmatan mengalami ralat dalaman.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="134"/>
        <source>The service did not answer in time.</source>
        <translation>Perkhidmatan tidak menjawab dalam masa.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="135"/>
        <source>No connection to the service.</source>
        <translation>Tiada sambungan ke perkhidmatan.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="136"/>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation>Perkhidmatan menghantar jawapan yang tidak dapat dibaca oleh kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="139"/>
        <source>An unexpected problem in the kiosk.</source>
        <translation>Masalah yang tidak dijangka pada kiosk.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="140"/>
        <source>Unknown problem.</source>
        <translation>Masalah yang tidak diketahui.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../ui/texts.py" line="42"/>
        <source>Hold still…</source>
        <translation>Jangan bergerak…</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="46"/>
        <source>Step up to verify your identity</source>
        <translation>Sila ke hadapan untuk mengesahkan identiti anda</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="51"/>
        <source>Stand about an arm&apos;s length from the screen</source>
        <translation>Berdiri kira-kira sepanjang lengan dari skrin</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="52"/>
        <source>Look straight at the camera</source>
        <translation>Pandang terus ke kamera</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="53"/>
        <source>Remove hats, masks and sunglasses</source>
        <translation>Tanggalkan topi, pelitup muka dan cermin mata hitam</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="58"/>
        <source>Got it!</source>
        <translation>Berjaya!</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="62"/>
        <source>Checking your photo…</source>
        <translation>Sedang menyemak foto anda…</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="66"/>
        <source>Camera not available</source>
        <translation>Kamera tidak tersedia</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="70"/>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation>Menyambung semula secara automatik. Jika berterusan, sila panggil kakitangan.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <location filename="../ui/texts.py" line="17"/>
        <source>Look at the camera</source>
        <translation>Pandang ke kamera</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="18"/>
        <source>Move closer</source>
        <translation>Datang lebih dekat</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="19"/>
        <source>Only one person, please</source>
        <translation>Seorang sahaja, sila</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="20"/>
        <source>Uncover your face</source>
        <translation>Dedahkan wajah anda</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="21"/>
        <source>Move to the centre</source>
        <translation>Bergerak ke tengah</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="22"/>
        <source>Face the camera</source>
        <translation>Hadap ke kamera</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="23"/>
        <source>Keep your head straight</source>
        <translation>Tegakkan kepala anda</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="24"/>
        <source>More light, please</source>
        <translation>Perlukan lebih cahaya</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="25"/>
        <source>Too bright, avoid direct light</source>
        <translation>Terlalu terang, elakkan cahaya terus</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="26"/>
        <source>Hold still</source>
        <translation>Jangan bergerak</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="27"/>
        <source>Keep your eyes open</source>
        <translation>Buka mata anda</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="28"/>
        <source>Move back a little</source>
        <translation>Undur sedikit</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="29"/>
        <source>Move a little to your left</source>
        <translation>Bergerak sedikit ke kiri anda</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="30"/>
        <source>Move a little to your right</source>
        <translation>Bergerak sedikit ke kanan anda</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="31"/>
        <source>Lower your face a little</source>
        <translation>Rendahkan wajah anda sedikit</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="32"/>
        <source>Raise your face a little</source>
        <translation>Angkat wajah anda sedikit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="129"/>
        <source>IDmeta Face Capture</source>
        <translation>Tangkapan Wajah IDmeta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>Staff</source>
        <translation>Kakitangan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>What would you like to do?</source>
        <translation>Apakah yang anda mahu lakukan?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>Leave kiosk mode</source>
        <translation>Keluar dari mod kiosk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ui/pin_dialog.py" line="24"/>
        <source>Staff PIN</source>
        <translation>PIN kakitangan</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="32"/>
        <source>Staff only</source>
        <translation>Kakitangan sahaja</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="38"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="59"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="75"/>
        <location filename="../ui/pin_dialog.py" line="90"/>
        <source>No staff PIN is set. Set one in the settings in staff mode.</source>
        <translation>Tiada PIN kakitangan ditetapkan. Tetapkan dalam tetapan mod kakitangan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pin_dialog.py" line="85"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN salah. Tinggal %n percubaan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pin_dialog.py" line="98"/>
        <source>Too many wrong PINs. Locked for %1:%2.</source>
        <translation>Terlalu banyak PIN salah. Dikunci selama %1:%2.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../ui/texts.py" line="77"/>
        <source>VERIFIED</source>
        <translation>DISAHKAN</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="78"/>
        <source>Not verified</source>
        <translation>Tidak disahkan</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="79"/>
        <source>Review needed</source>
        <translation>Perlu semakan</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="80"/>
        <source>Photo not accepted</source>
        <translation>Foto tidak diterima</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="81"/>
        <source>Something went wrong</source>
        <translation>Berlaku masalah</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="82"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="101"/>
        <source>Thank you. You may proceed.</source>
        <translation>Terima kasih. Anda boleh teruskan.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="103"/>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation>Kami tidak dapat mengesahkan anda. Sila berjumpa kakitangan.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="107"/>
        <source>A member of staff will check your verification.</source>
        <translation>Kakitangan akan menyemak pengesahan anda.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="111"/>
        <source>Please try again.</source>
        <translation>Sila cuba lagi.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="114"/>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation>Perkhidmatan tidak dapat dihubungi. Sila cuba sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="117"/>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation>Perkhidmatan tidak dapat dihubungi. Cuba lagi, atau semak sambungan.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="121"/>
        <source>Please call a member of staff.</source>
        <translation>Sila panggil kakitangan.</translation>
    </message>
    <message>
        <location filename="../ui/texts.py" line="122"/>
        <source>Check the settings (API address, trust flow, token).</source>
        <translation>Semak tetapan (alamat API, aliran amanah, token).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/result_view.py" line="96"/>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <location filename="../ui/result_view.py" line="97"/>
        <source>Next person</source>
        <translation>Orang seterusnya</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/result_view.py" line="123"/>
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>Bermula semula dalam %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/result_view.py" line="133"/>
        <source>Trust validation %1</source>
        <translation>Pengesahan amanah %1</translation>
    </message>
    <message>
        <location filename="../ui/result_view.py" line="135"/>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
        <translation>Kotak pasir — keputusan simulasi, tidak disambungkan ke IDmeta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <source>Camera and service changes apply the next time the app starts.</source>
        <translation>Perubahan kamera dan perkhidmatan berkuat kuasa apabila aplikasi dimulakan semula.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="110"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="148"/>
        <location filename="../ui/settings_dialog.py" line="153"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="151"/>
        <source>empty: first webcam · 1: camera index · file or folder</source>
        <translation>kosong: kamera web pertama · 1: indeks kamera · fail atau folder</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="155"/>
        <source>Width (px)</source>
        <translation>Lebar (px)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="157"/>
        <source>Height (px)</source>
        <translation>Tinggi (px)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="158"/>
        <source>Mirror the preview (like a mirror)</source>
        <translation>Cerminkan pratonton (seperti cermin)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="163"/>
        <source>Service</source>
        <translation>Perkhidmatan</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="166"/>
        <source>API address</source>
        <translation>Alamat API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="169"/>
        <source>Trust flow id</source>
        <translation>ID aliran amanah</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="172"/>
        <source>unchanged (stored in the OS credential store)</source>
        <translation>tidak berubah (disimpan dalam stor kelayakan OS)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="173"/>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="176"/>
        <source>Kiosk id</source>
        <translation>ID kiosk</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="179"/>
        <source>Answer timeout</source>
        <translation>Had masa jawapan</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="180"/>
        <source>Leave the address and token empty to use the built-in sandbox.</source>
        <translation>Biarkan alamat dan token kosong untuk menggunakan kotak pasir terbina dalam.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="188"/>
        <source>Capture</source>
        <translation>Tangkap</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="193"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="196"/>
        <source>Hold still for</source>
        <translation>Kekal tidak bergerak selama</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="199"/>
        <source>Result shown for</source>
        <translation>Keputusan dipaparkan selama</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="202"/>
        <source>Back to start when nobody is seen for</source>
        <translation>Kembali ke permulaan jika tiada sesiapa dikesan selama</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="204"/>
        <source>Sound on capture and result</source>
        <translation>Bunyi semasa tangkapan dan keputusan</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="207"/>
        <source>Thresholds</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="217"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="219"/>
        <source>Staff (operator at the desk)</source>
        <translation>Kakitangan (operator di kaunter)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="220"/>
        <source>Kiosk (self-service, full screen)</source>
        <translation>Kiosk (layan diri, skrin penuh)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="222"/>
        <source>Start in</source>
        <translation>Mula dalam</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="226"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="226"/>
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="228"/>
        <source>New staff PIN</source>
        <translation>PIN kakitangan baharu</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="231"/>
        <source>PIN again</source>
        <translation>PIN sekali lagi</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="234"/>
        <source>Wrong PINs before lockout</source>
        <translation>PIN salah sebelum dikunci</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="238"/>
        <source>Lockout</source>
        <translation>Tempoh kunci</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="286"/>
        <source>Use 4 to 12 digits.</source>
        <translation>Gunakan 4 hingga 12 digit.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="288"/>
        <source>The two PINs differ.</source>
        <translation>Kedua-dua PIN tidak sama.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="329"/>
        <source>Please correct the highlighted fields.</source>
        <translation>Sila betulkan medan yang ditandakan.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="334"/>
        <source>Could not save the settings: %1</source>
        <translation>Tetapan tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../ui/staff_panel.py" line="36"/>
        <source>Face found</source>
        <translation>Wajah dikesan</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="37"/>
        <source>One face only</source>
        <translation>Satu wajah sahaja</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="38"/>
        <source>Face not cut off</source>
        <translation>Wajah tidak terpotong</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="39"/>
        <source>Close enough</source>
        <translation>Cukup dekat</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="40"/>
        <source>Away from the edge</source>
        <translation>Jauh dari tepi</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="41"/>
        <source>Facing the camera</source>
        <translation>Menghadap kamera</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="42"/>
        <source>Not too dark</source>
        <translation>Tidak terlalu gelap</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="43"/>
        <source>Not too bright</source>
        <translation>Tidak terlalu terang</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="44"/>
        <source>Face uncovered</source>
        <translation>Wajah tidak dilindungi</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="45"/>
        <source>Sharp</source>
        <translation>Tajam</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="46"/>
        <source>Eyes open</source>
        <translation>Mata terbuka</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="220"/>
        <source>Operator reference</source>
        <translation>Rujukan operator</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="221"/>
        <source>e.g. desk 3 / case number</source>
        <translation>cth. kaunter 3 / nombor kes</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="222"/>
        <source>Capture</source>
        <translation>Tangkap</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="223"/>
        <source>Capture anyway</source>
        <translation>Tangkap juga</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="225"/>
        <source>Send although a check fails: the service may reject the photo</source>
        <translation>Hantar walaupun semakan gagal: perkhidmatan mungkin menolak foto</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="227"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="228"/>
        <source>Next person</source>
        <translation>Orang seterusnya</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="229"/>
        <source>A check fails: the service may reject this photo.</source>
        <translation>Satu semakan gagal: perkhidmatan mungkin menolak foto ini.</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="230"/>
        <source>Checks</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="231"/>
        <source>Live metrics</source>
        <translation>Metrik langsung</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="320"/>
        <source>%1 / %2 per s</source>
        <translation>%1 / %2 sesaat</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="53"/>
        <source>Faces</source>
        <translation>Wajah</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="54"/>
        <source>Yaw / pitch / roll</source>
        <translation>Toleh / dongak / senget</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="55"/>
        <source>Face size (eye distance)</source>
        <translation>Saiz wajah (jarak mata)</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="56"/>
        <source>Brightness</source>
        <translation>Kecerahan</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="57"/>
        <source>Sharpness</source>
        <translation>Ketajaman</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="58"/>
        <source>Analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="59"/>
        <source>Shown / analysed</source>
        <translation>Dipapar / dianalisis</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="234"/>
        <source>Session history</source>
        <translation>Sejarah sesi</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="236"/>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="236"/>
        <source>Validation ID</source>
        <translation>ID pengesahan</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="236"/>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="245"/>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="259"/>
        <source>Sandbox — not connected to IDmeta</source>
        <translation>Kotak pasir — tidak disambungkan ke IDmeta</translation>
    </message>
    <message>
        <location filename="../ui/staff_panel.py" line="261"/>
        <source>IDmeta · %1</source>
        <translation>IDmeta · %1</translation>
    </message>
</context>
</TS>
