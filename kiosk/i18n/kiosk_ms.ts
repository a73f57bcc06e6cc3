<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>The camera is not working</source>
        <translation>Kamera tidak berfungsi</translation>
    </message>
    <message>
        <source>Camera not found</source>
        <translation>Kamera tidak ditemui</translation>
    </message>
    <message>
        <source>The camera is in use by another program</source>
        <translation>Kamera sedang digunakan oleh program lain</translation>
    </message>
    <message>
        <source>Camera access denied</source>
        <translation>Akses kamera ditolak</translation>
    </message>
    <message>
        <source>The camera was unplugged</source>
        <translation>Kamera telah dicabut</translation>
    </message>
    <message>
        <source>The camera source cannot be played</source>
        <translation>Sumber kamera tidak dapat dimainkan</translation>
    </message>
</context>
<context>
    <name>CameraChangeNotice</name>
    <message>
        <source>Camera plugged in: %1</source>
        <translation>Kamera disambungkan: %1</translation>
    </message>
    <message>
        <source>Camera unplugged: %1</source>
        <translation>Kamera dicabut: %1</translation>
    </message>
</context>
<context>
    <name>CameraPicker</name>
    <message>
        <source>First webcam (default)</source>
        <translation>Kamera web pertama (lalai)</translation>
    </message>
    <message>
        <source>empty: first webcam · 1: camera index · file or folder</source>
        <translation>kosong: kamera web pertama · 1: indeks kamera · fail atau folder</translation>
    </message>
</context>
<context>
    <name>CameraThumbnail</name>
    <message>
        <source>Camera preview</source>
        <translation>Pratonton kamera</translation>
    </message>
    <message>
        <source>A small live picture of the chosen camera.</source>
        <translation>Gambar langsung kecil daripada kamera yang dipilih.</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Menunggu kamera…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation>Tiada gambar: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Before we take your photo</source>
        <translation>Sebelum kami mengambil foto anda</translation>
    </message>
    <message>
        <source>Full notice: %1</source>
        <translation>Notis penuh: %1</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Saya setuju</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Tidak, terima kasih</translation>
    </message>
    <message>
        <source>Agree to the notice and go on to the photo</source>
        <translation>Setuju dengan notis dan teruskan ke foto</translation>
    </message>
    <message>
        <source>Do not take a photo; back to the start</source>
        <translation>Jangan ambil foto; kembali ke permulaan</translation>
    </message>
    <message>
        <source>Consent given verbally</source>
        <translation>Persetujuan diberi secara lisan</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>Persetujuan ditolak</translation>
    </message>
    <message>
        <source>Record that the person agreed verbally, then capture</source>
        <translation>Rekodkan bahawa orang itu bersetuju secara lisan, kemudian tangkap</translation>
    </message>
    <message>
        <source>The person declined: nothing is captured</source>
        <translation>Orang itu menolak: tiada apa yang ditangkap</translation>
    </message>
    <message>
        <source>Consent notice</source>
        <translation>Notis persetujuan</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The API token was refused.</source>
        <translation>Token API ditolak.</translation>
    </message>
    <message>
        <source>The kiosk is not configured correctly.</source>
        <translation>Kiosk tidak dikonfigurasi dengan betul.</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>Perkhidmatan menolak permintaan ini.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited).</source>
        <translation>Perkhidmatan sedang sibuk (had kadar).</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>Perkhidmatan mengalami ralat dalaman.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Perkhidmatan tidak menjawab dalam masa.</translation>
    </message>
    <message>
        <source>No connection to the service.</source>
        <translation>Tiada sambungan ke perkhidmatan.</translation>
    </message>
    <message>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation>Perkhidmatan menghantar jawapan yang tidak dapat dibaca oleh kiosk.</translation>
    </message>
    <message>
        <source>An unexpected problem in the kiosk.</source>
        <translation>Masalah yang tidak dijangka pada kiosk.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>Masalah yang tidak diketahui.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Out of service</source>
        <translation>Tidak berfungsi</translation>
    </message>
    <message>
        <source>This kiosk is not available right now. Please ask staff for help.</source>
        <translation>Kiosk ini tidak tersedia sekarang. Sila minta bantuan kakitangan.</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Jangan bergerak…</translation>
    </message>
    <message>
        <source>Step up to verify your identity</source>
        <translation>Sila ke hadapan untuk mengesahkan identiti anda</translation>
    </message>
    <message>
        <source>Stand about an arm&apos;s length from the screen</source>
        <translation>Berdiri kira-kira sepanjang lengan dari skrin</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>Pandang terus ke kamera</translation>
    </message>
    <message>
        <source>Remove hats, masks and sunglasses</source>
        <translation>Tanggalkan topi, pelitup muka dan cermin mata hitam</translation>
    </message>
    <message>
        <source>Got it!</source>
        <translation>Berjaya!</translation>
    </message>
    <message>
        <source>Checking your photo…</source>
        <translation>Sedang menyemak foto anda…</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>Kamera tidak tersedia</translation>
    </message>
    <message>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation>Menyambung semula secara automatik. Jika berterusan, sila panggil kakitangan.</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>Need help? Call staff</source>
        <translation>Perlukan bantuan? Panggil kakitangan</translation>
    </message>
    <message>
        <source>Calls a member of staff to help you; no photo is needed for that</source>
        <translation>Memanggil kakitangan untuk membantu anda; foto tidak diperlukan untuk itu</translation>
    </message>
    <message>
        <source>A member of staff has been called and will be with you soon.</source>
        <translation>Kakitangan telah dipanggil dan akan datang sebentar lagi.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>Look at the camera</source>
        <translation>Pandang ke kamera</translation>
    </message>
    <message>
        <source>Move closer</source>
        <translation>Datang lebih dekat</translation>
    </message>
    <message>
        <source>Only one person, please</source>
        <translation>Seorang sahaja, sila</translation>
    </message>
    <message>
        <source>Uncover your face</source>
        <translation>Dedahkan wajah anda</translation>
    </message>
    <message>
        <source>Move to the centre</source>
        <translation>Bergerak ke tengah</translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation>Hadap ke kamera</translation>
    </message>
    <message>
        <source>Keep your head straight</source>
        <translation>Tegakkan kepala anda</translation>
    </message>
    <message>
        <source>More light, please</source>
        <translation>Perlukan lebih cahaya</translation>
    </message>
    <message>
        <source>Too bright, avoid direct light</source>
        <translation>Terlalu terang, elakkan cahaya terus</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Jangan bergerak</translation>
    </message>
    <message>
        <source>Keep your eyes open</source>
        <translation>Buka mata anda</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>Undur sedikit</translation>
    </message>
    <message>
        <source>Move a little to your left</source>
        <translation>Bergerak sedikit ke kiri anda</translation>
    </message>
    <message>
        <source>Move a little to your right</source>
        <translation>Bergerak sedikit ke kanan anda</translation>
    </message>
    <message>
        <source>Lower your face a little</source>
        <translation>Rendahkan wajah anda sedikit</translation>
    </message>
    <message>
        <source>Raise your face a little</source>
        <translation>Angkat wajah anda sedikit</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose another language</source>
        <translation>Pilih bahasa lain</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the settings to set a staff PIN that locks kiosk mode</source>
        <translation>Buka tetapan untuk menetapkan PIN kakitangan yang mengunci mod kiosk</translation>
    </message>
    <message>
        <source>IDmeta Face Capture</source>
        <translation>Tangkapan Wajah IDmeta</translation>
    </message>
    <message>
        <source>Not locked: no staff PIN set</source>
        <translation>Tidak dikunci: tiada PIN kakitangan ditetapkan</translation>
    </message>
    <message>
        <source>Esc leaves kiosk mode</source>
        <translation>Esc untuk keluar dari mod kiosk</translation>
    </message>
    <message>
        <source>No staff PIN set: kiosk mode will not be locked.</source>
        <translation>Tiada PIN kakitangan ditetapkan: mod kiosk tidak akan dikunci.</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>Tetapkan PIN…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Kakitangan</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Apakah yang anda mahu lakukan?</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Keluar dari mod kiosk</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Padam digit terakhir</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Semak PIN</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Taip %1</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Kembali ke kiosk</translation>
    </message>
    <message>
        <source>Type the staff PIN, then OK</source>
        <translation>Taip PIN kakitangan, kemudian OK</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN kakitangan</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Kakitangan sahaja</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one in the settings in staff mode.</source>
        <translation>Tiada PIN kakitangan ditetapkan. Tetapkan dalam tetapan mod kakitangan.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN salah. Tinggal %n percubaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. Locked for %1:%2.</source>
        <translation>Terlalu banyak PIN salah. Dikunci selama %1:%2.</translation>
    </message>
    <message>
        <source>To open this screen in kiosk mode: tap the top-left corner of the screen %1 times within %2 seconds.</source>
        <translation>Untuk membuka skrin ini dalam mod kiosk: ketik penjuru kiri atas skrin sebanyak %1 kali dalam masa %2 saat.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>Service busy</source>
        <translation>Perkhidmatan sibuk</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Ralat perkhidmatan</translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation>Perkhidmatan tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Jawapan tidak dijangka</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Masalah konfigurasi</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Permintaan ditolak</translation>
    </message>
    <message>
        <source>Kiosk problem</source>
        <translation>Masalah kiosk</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>Perkhidmatan sibuk. Sila cuba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The service had a problem. Please try again in a moment.</source>
        <translation>Perkhidmatan menghadapi masalah. Sila cuba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation>Perkhidmatan tidak dapat dihubungi. Sila cuba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Please try again, or call a member of staff.</source>
        <translation>Sila cuba lagi, atau panggil kakitangan.</translation>
    </message>
    <message>
        <source>Please call a member of staff.</source>
        <translation>Sila panggil kakitangan.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Wait a moment, then try again.</source>
        <translation>Perkhidmatan sibuk (dihadkan). Tunggu sebentar, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The service reported an error. Try again; if it persists, contact IDmeta.</source>
        <translation>Perkhidmatan melaporkan ralat. Cuba lagi; jika berterusan, hubungi IDmeta.</translation>
    </message>
    <message>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation>Perkhidmatan tidak dapat dihubungi. Cuba lagi, atau semak sambungan.</translation>
    </message>
    <message>
        <source>The answer did not come from the IDmeta API (a web page, a proxy, or too large). Check the API address and the network, then try again.</source>
        <translation>Jawapan bukan daripada API IDmeta (halaman web, proksi, atau terlalu besar). Semak alamat API dan rangkaian, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>The service refused the request. Check the trust flow and camera.</source>
        <translation>Perkhidmatan menolak permintaan. Semak aliran amanah dan kamera.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, restart the app.</source>
        <translation>Cuba lagi; jika berulang, mulakan semula aplikasi.</translation>
    </message>
    <message>
        <source>Check the settings (API address, trust flow, token).</source>
        <translation>Semak tetapan (alamat API, aliran amanah, token).</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>DISAHKAN</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Tidak disahkan</translation>
    </message>
    <message>
        <source>Review needed</source>
        <translation>Perlu semakan</translation>
    </message>
    <message>
        <source>Photo not accepted</source>
        <translation>Foto tidak diterima</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Berlaku masalah</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Thank you. You may proceed.</source>
        <translation>Terima kasih. Anda boleh teruskan.</translation>
    </message>
    <message>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation>Kami tidak dapat mengesahkan anda. Sila berjumpa kakitangan.</translation>
    </message>
    <message>
        <source>A member of staff will check your verification.</source>
        <translation>Kakitangan akan menyemak pengesahan anda.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Sila cuba lagi.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Take the photo again</source>
        <translation>Ambil foto sekali lagi</translation>
    </message>
    <message>
        <source>Finish and make the kiosk ready for the next person</source>
        <translation>Selesai dan sediakan kiosk untuk orang seterusnya</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Orang seterusnya</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>Bermula semula dalam %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust validation %1</source>
        <translation>Pengesahan amanah %1</translation>
    </message>
    <message>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
        <translation>Kotak pasir — keputusan simulasi, tidak disambungkan ke IDmeta</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>No face detected in the image. Please ensure face is clearly visible.</source>
        <translation>Tiada wajah dikesan dalam imej. Pastikan wajah anda kelihatan dengan jelas.</translation>
    </message>
    <message>
        <source>Face is too small. Please move face closer to the camera.</source>
        <translation>Wajah terlalu kecil. Sila dekatkan wajah anda ke kamera.</translation>
    </message>
    <message>
        <source>Multiple faces detected in the image. Please ensure only one face is visible.</source>
        <translation>Lebih daripada satu wajah dikesan. Pastikan hanya satu wajah kelihatan.</translation>
    </message>
    <message>
        <source>Face is partially hidden or obscured. Please ensure full face is clearly visible.</source>
        <translation>Wajah sebahagiannya tersembunyi atau terlindung. Pastikan seluruh wajah kelihatan dengan jelas.</translation>
    </message>
    <message>
        <source>Face is cropped. Please ensure full face is in frame.</source>
        <translation>Wajah terpotong. Pastikan seluruh wajah berada dalam bingkai.</translation>
    </message>
    <message>
        <source>Face angle is too large. Please ensure face is clearly visible.</source>
        <translation>Sudut wajah terlalu besar. Pastikan wajah anda kelihatan dengan jelas.</translation>
    </message>
    <message>
        <source>Face is too close to the border. Please ensure face is clearly visible.</source>
        <translation>Wajah terlalu dekat dengan tepi. Pastikan wajah anda kelihatan dengan jelas.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Large text</source>
        <translation>Teks besar</translation>
    </message>
    <message>
        <source>Every screen&apos;s text 1.3 times as large (from the next start).</source>
        <translation>Teks setiap skrin 1.3 kali lebih besar (mulai permulaan seterusnya).</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Check every field and write the configuration file</source>
        <translation>Semak setiap medan dan tulis fail konfigurasi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Camera and service changes apply the next time the app starts.</source>
        <translation>Perubahan kamera dan perkhidmatan berkuat kuasa apabila aplikasi dimulakan semula.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Set by %1 for this run; not saved to the file.</source>
        <translation>Ditetapkan oleh %1 untuk larian ini; tidak disimpan ke fail.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Mirror the preview (like a mirror)</source>
        <translation>Cerminkan pratonton (seperti cermin)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Perkhidmatan</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Alamat API</translation>
    </message>
    <message>
        <source>Trust flow id</source>
        <translation>ID aliran amanah</translation>
    </message>
    <message>
        <source>unchanged (stored in the OS credential store)</source>
        <translation>tidak berubah (disimpan dalam stor kelayakan OS)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>ID kiosk</translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation>Had masa jawapan</translation>
    </message>
    <message>
        <source>Leave the address and token empty to use the built-in sandbox.</source>
        <translation>Biarkan alamat dan token kosong untuk menggunakan kotak pasir terbina dalam.</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Tangkap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Hold still for</source>
        <translation>Kekal tidak bergerak selama</translation>
    </message>
    <message>
        <source>Result shown for</source>
        <translation>Keputusan dipaparkan selama</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) found; or type an index, a video file or an image folder.</source>
        <translation>
            <numerusform>%n kamera ditemui; atau taip indeks, fail video atau folder imej.</numerusform>
        </translation>
    </message>
    <message>
        <source>No camera could be listed; type an index, a video file or an image folder.</source>
        <translation>Tiada kamera dapat disenaraikan; taip indeks, fail video atau folder imej.</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Lebar gambar</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Tinggi gambar</translation>
    </message>
    <message>
        <source>Prefer an external camera</source>
        <translation>Utamakan kamera luaran</translation>
    </message>
    <message>
        <source>With “First webcam”: a camera plugged in (USB) is used rather than the computer&apos;s own.</source>
        <translation>Dengan “Kamera web pertama”: kamera yang dipasang (USB) digunakan, bukan kamera komputer sendiri.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>How long to wait for each answer from the service.</source>
        <translation>Berapa lama menunggu setiap jawapan daripada perkhidmatan.</translation>
    </message>
    <message>
        <source>Back to start after</source>
        <translation>Kembali ke permulaan selepas</translation>
    </message>
    <message>
        <source>when nobody is seen in front of the camera.</source>
        <translation>apabila tiada sesiapa kelihatan di hadapan kamera.</translation>
    </message>
    <message>
        <source>Sound on capture and result</source>
        <translation>Bunyi semasa tangkapan dan keputusan</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <source>The on-device checks. Change them only with a reason.</source>
        <translation>Semakan pada peranti. Ubah hanya dengan sebab.</translation>
    </message>
    <message>
        <source>Default %1.</source>
        <translation>Lalai %1.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Staff (operator at the desk)</source>
        <translation>Kakitangan (operator di kaunter)</translation>
    </message>
    <message>
        <source>Kiosk (self-service, full screen)</source>
        <translation>Kiosk (layan diri, skrin penuh)</translation>
    </message>
    <message>
        <source>Start in</source>
        <translation>Mula dalam</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditetapkan</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>PIN kakitangan baharu</translation>
    </message>
    <message>
        <source>4 to 12 digits.</source>
        <translation>4 hingga 12 digit.</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN sekali lagi</translation>
    </message>
    <message>
        <source>Wrong PINs before lockout</source>
        <translation>PIN salah sebelum dikunci</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>percubaan</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Tempoh kunci</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Taip nombor.</translation>
    </message>
    <message>
        <source>Use 4 to 12 digits.</source>
        <translation>Gunakan 4 hingga 12 digit.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Kedua-dua PIN tidak sama.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to correct: %1.</source>
        <translation>
            <numerusform>%n medan perlu dibetulkan: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Tetapan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>0 atau lebih</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Tiada fail atau folder sedemikian: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>No camera named “%1” (cameras found: %2)</source>
        <translation>Tiada kamera bernama “%1” (kamera ditemui: %2)</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Sent with the verification, e.g. desk 3 or a case number</source>
        <translation>Dihantar bersama pengesahan, cth. kaunter 3 atau nombor kes</translation>
    </message>
    <message>
        <source>Take the photo now; only when every check passes</source>
        <translation>Ambil foto sekarang; hanya apabila semua semakan lulus</translation>
    </message>
    <message>
        <source>Stop the capture or the submission in progress</source>
        <translation>Hentikan tangkapan atau penghantaran yang sedang berjalan</translation>
    </message>
    <message>
        <source>Forget this person and start again</source>
        <translation>Lupakan orang ini dan mulakan semula</translation>
    </message>
    <message>
        <source>Time, validation ID and outcome of each verification</source>
        <translation>Masa, ID pengesahan dan keputusan setiap pengesahan</translation>
    </message>
    <message>
        <source>Camera, service, capture, thresholds and kiosk settings</source>
        <translation>Tetapan kamera, perkhidmatan, tangkapan, ambang dan kiosk</translation>
    </message>
    <message>
        <source>Face found</source>
        <translation>Wajah dikesan</translation>
    </message>
    <message>
        <source>One face only</source>
        <translation>Satu wajah sahaja</translation>
    </message>
    <message>
        <source>Face not cut off</source>
        <translation>Wajah tidak terpotong</translation>
    </message>
    <message>
        <source>Close enough</source>
        <translation>Cukup dekat</translation>
    </message>
    <message>
        <source>Away from the edge</source>
        <translation>Jauh dari tepi</translation>
    </message>
    <message>
        <source>Facing the camera</source>
        <translation>Menghadap kamera</translation>
    </message>
    <message>
        <source>Not too dark</source>
        <translation>Tidak terlalu gelap</translation>
    </message>
    <message>
        <source>Not too bright</source>
        <translation>Tidak terlalu terang</translation>
    </message>
    <message>
        <source>Face uncovered</source>
        <translation>Wajah tidak dilindungi</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Tajam</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>Mata terbuka</translation>
    </message>
    <message>
        <source>Operator reference</source>
        <translation>Rujukan operator</translation>
    </message>
    <message>
        <source>e.g. desk 3 / case number</source>
        <translation>cth. kaunter 3 / nombor kes</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Tangkap</translation>
    </message>
    <message>
        <source>Capture anyway</source>
        <translation>Tangkap juga</translation>
    </message>
    <message>
        <source>Send although a check fails: the service may reject the photo</source>
        <translation>Hantar walaupun semakan gagal: perkhidmatan mungkin menolak foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Orang seterusnya</translation>
    </message>
    <message>
        <source>A check fails: the service may reject this photo.</source>
        <translation>Satu semakan gagal: perkhidmatan mungkin menolak foto ini.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Live metrics</source>
        <translation>Metrik langsung</translation>
    </message>
    <message>
        <source>%1 / %2 per s</source>
        <translation>%1 / %2 sesaat</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Wajah</translation>
    </message>
    <message>
        <source>Yaw / pitch / roll</source>
        <translation>Toleh / dongak / senget</translation>
    </message>
    <message>
        <source>Face size (eye distance)</source>
        <translation>Saiz wajah (jarak mata)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Kecerahan</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Ketajaman</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <source>Shown / analysed</source>
        <translation>Dipapar / dianalisis</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sejarah sesi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Validation ID</source>
        <translation>ID pengesahan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <source>Sandbox — not connected to IDmeta</source>
        <translation>Kotak pasir — tidak disambungkan ke IDmeta</translation>
    </message>
    <message>
        <source>IDmeta · %1</source>
        <translation>IDmeta · %1</translation>
    </message>
</context>
<context>
    <name>Thresholds</name>
    <message>
        <source>score (of 1)</source>
        <translation>skor (daripada 1)</translation>
    </message>
    <message>
        <source>× face size</source>
        <translation>× saiz muka</translation>
    </message>
    <message>
        <source>Second person: detector score</source>
        <translation>Orang kedua: skor pengesan</translation>
    </message>
    <message>
        <source>How sure the detector must be before another box may be a second person.</source>
        <translation>Sejauh mana pengesan mesti yakin sebelum kotak lain boleh dikira orang kedua.</translation>
    </message>
    <message>
        <source>Tiny face: detector score</source>
        <translation>Muka kecil: skor pengesan</translation>
    </message>
    <message>
        <source>A face too small for landmarks still counts as a face from this score.</source>
        <translation>Muka yang terlalu kecil untuk titik mercu tanda tetap dikira muka mulai skor ini.</translation>
    </message>
    <message>
        <source>Second person: smallest face</source>
        <translation>Orang kedua: muka terkecil</translation>
    </message>
    <message>
        <source>Another face counts when at least this share of the main face&apos;s width.</source>
        <translation>Muka lain dikira apabila sekurang-kurangnya bahagian ini daripada lebar muka utama.</translation>
    </message>
    <message>
        <source>× face width</source>
        <translation>× lebar muka</translation>
    </message>
    <message>
        <source>Smallest distance between the eyes</source>
        <translation>Jarak terkecil antara mata</translation>
    </message>
    <message>
        <source>Below this the face is too small: the person is asked to come closer.</source>
        <translation>Di bawah ini muka terlalu kecil: orang itu diminta datang lebih dekat.</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Smallest face height</source>
        <translation>Tinggi muka terkecil</translation>
    </message>
    <message>
        <source>The face must fill at least this share of the picture&apos;s height.</source>
        <translation>Muka mesti memenuhi sekurang-kurangnya bahagian ini daripada tinggi gambar.</translation>
    </message>
    <message>
        <source>× picture height</source>
        <translation>× tinggi gambar</translation>
    </message>
    <message>
        <source>Cut-off tolerance</source>
        <translation>Toleransi terpotong</translation>
    </message>
    <message>
        <source>How far the face may reach past the picture&apos;s edge before it is cut off.</source>
        <translation>Sejauh mana muka boleh melepasi tepi gambar sebelum dikira terpotong.</translation>
    </message>
    <message>
        <source>Margin to the picture&apos;s edge</source>
        <translation>Jarak ke tepi gambar</translation>
    </message>
    <message>
        <source>Space required between the face and every edge of the picture.</source>
        <translation>Ruang yang diperlukan antara muka dan setiap tepi gambar.</translation>
    </message>
    <message>
        <source>Largest head turn, left or right</source>
        <translation>Pusingan kepala terbesar, kiri atau kanan</translation>
    </message>
    <message>
        <source>Turned further, the person is asked to look straight at the camera.</source>
        <translation>Jika lebih, orang itu diminta memandang terus ke kamera.</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>darjah</translation>
    </message>
    <message>
        <source>Largest head tilt, up or down</source>
        <translation>Dongakan kepala terbesar, atas atau bawah</translation>
    </message>
    <message>
        <source>Tilted further, the person is asked to hold the head level.</source>
        <translation>Jika lebih, orang itu diminta meluruskan kepala.</translation>
    </message>
    <message>
        <source>Largest head tilt to the side</source>
        <translation>Sengetan kepala terbesar ke sisi</translation>
    </message>
    <message>
        <source>Leaning further to a shoulder, the person is asked to hold the head straight.</source>
        <translation>Jika lebih condong ke bahu, orang itu diminta menegakkan kepala.</translation>
    </message>
    <message>
        <source>Level head reads as</source>
        <translation>Kepala lurus dibaca sebagai</translation>
    </message>
    <message>
        <source>The up/down angle a face looking straight ahead reads; tilt counts from here.</source>
        <translation>Sudut atas/bawah bagi muka yang memandang lurus; dongakan dikira dari sini.</translation>
    </message>
    <message>
        <source>Darkest face allowed</source>
        <translation>Muka paling gelap dibenarkan</translation>
    </message>
    <message>
        <source>Median brightness of the skin; darker is too dark to verify.</source>
        <translation>Kecerahan median kulit; lebih gelap terlalu gelap untuk disahkan.</translation>
    </message>
    <message>
        <source>brightness (of 255)</source>
        <translation>kecerahan (daripada 255)</translation>
    </message>
    <message>
        <source>Brightest face allowed</source>
        <translation>Muka paling cerah dibenarkan</translation>
    </message>
    <message>
        <source>Median brightness of the skin; brighter is over-exposed.</source>
        <translation>Kecerahan median kulit; lebih cerah terlebih dedah.</translation>
    </message>
    <message>
        <source>Largest washed-out share</source>
        <translation>Bahagian pudar terbesar</translation>
    </message>
    <message>
        <source>Share of the face at pure white above which the light is too strong.</source>
        <translation>Bahagian muka yang putih penuh; melebihinya cahaya terlalu kuat.</translation>
    </message>
    <message>
        <source>share (of 1)</source>
        <translation>bahagian (daripada 1)</translation>
    </message>
    <message>
        <source>Least sharpness</source>
        <translation>Ketajaman paling rendah</translation>
    </message>
    <message>
        <source>Focus measured on the face; below this the picture is too blurred.</source>
        <translation>Fokus diukur pada muka; di bawah ini gambar terlalu kabur.</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>ketajaman</translation>
    </message>
    <message>
        <source>Partly hidden face</source>
        <translation>Muka terlindung sebahagian</translation>
    </message>
    <message>
        <source>Above this score something covers the face (a hand, a mask, hair).</source>
        <translation>Melebihi skor ini sesuatu menutup muka (tangan, pelitup, rambut).</translation>
    </message>
    <message>
        <source>Largest head turn for the cover check</source>
        <translation>Pusingan kepala terbesar untuk semakan tutupan</translation>
    </message>
    <message>
        <source>Turned further, the face is not checked for cover; facing the camera comes first.</source>
        <translation>Jika lebih, muka tidak disemak untuk tutupan; memandang kamera didahulukan.</translation>
    </message>
    <message>
        <source>Closed eyes</source>
        <translation>Mata tertutup</translation>
    </message>
    <message>
        <source>Above this score for both eyes, the eyes count as closed.</source>
        <translation>Melebihi skor ini bagi kedua-dua mata, mata dikira tertutup.</translation>
    </message>
</context>
</TS>
