<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>Error</name>
    <message>
        <source>The API token was refused.</source>
        <translation>Token API ditolak.</translation>
    </message>
    <message>
        <source>The kiosk is not configured correctly.</source>
        <translation>Kios tidak dikonfigurasi dengan benar.</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>Layanan menolak permintaan.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited).</source>
        <translation>Layanan sedang sibuk (dibatasi).</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>Terjadi kesalahan internal pada layanan.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Layanan tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>No connection to the service.</source>
        <translation>Tidak ada koneksi ke layanan.</translation>
    </message>
    <message>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation>Layanan mengirim jawaban yang tidak dapat dibaca kios.</translation>
    </message>
    <message>
        <source>An unexpected problem in the kiosk.</source>
        <translation>Terjadi masalah tak terduga pada kios.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>Masalah tidak diketahui.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Hold still…</source>
        <translation>Tahan, jangan bergerak…</translation>
    </message>
    <message>
        <source>Step up to verify your identity</source>
        <translation>Mendekatlah untuk memverifikasi identitas Anda</translation>
    </message>
    <message>
        <source>Stand about an arm's length from the screen</source>
        <translation>Berdiri sekitar satu lengan dari layar</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>Lihat lurus ke kamera</translation>
    </message>
    <message>
        <source>Remove hats, masks and sunglasses</source>
        <translation>Lepaskan topi, masker, dan kacamata hitam</translation>
    </message>
    <message>
        <source>Got it!</source>
        <translation>Berhasil!</translation>
    </message>
    <message>
        <source>Checking your photo…</source>
        <translation>Memeriksa foto Anda…</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>Kamera tidak tersedia</translation>
    </message>
    <message>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation>Menyambung ulang secara otomatis. Jika berlanjut, silakan panggil petugas.</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tidak dapat digunakan</translation>
    </message>
    <message>
        <source>This kiosk is not available right now. Please ask staff for help.</source>
        <translation>Kios ini sedang tidak tersedia. Silakan minta bantuan petugas.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>Look at the camera</source>
        <translation>Lihat ke kamera</translation>
    </message>
    <message>
        <source>Move closer</source>
        <translation>Mendekatlah</translation>
    </message>
    <message>
        <source>Only one person, please</source>
        <translation>Hanya satu orang</translation>
    </message>
    <message>
        <source>Uncover your face</source>
        <translation>Jangan tutupi wajah Anda</translation>
    </message>
    <message>
        <source>Move to the centre</source>
        <translation>Bergeserlah ke tengah</translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation>Hadapkan wajah ke kamera</translation>
    </message>
    <message>
        <source>Keep your head straight</source>
        <translation>Tegakkan kepala Anda</translation>
    </message>
    <message>
        <source>More light, please</source>
        <translation>Perlu lebih terang</translation>
    </message>
    <message>
        <source>Too bright, avoid direct light</source>
        <translation>Terlalu terang, hindari cahaya langsung</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Jangan bergerak</translation>
    </message>
    <message>
        <source>Keep your eyes open</source>
        <translation>Buka mata Anda</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>Mundur sedikit</translation>
    </message>
    <message>
        <source>Move a little to your left</source>
        <translation>Bergeser sedikit ke kiri Anda</translation>
    </message>
    <message>
        <source>Move a little to your right</source>
        <translation>Bergeser sedikit ke kanan Anda</translation>
    </message>
    <message>
        <source>Lower your face a little</source>
        <translation>Turunkan wajah Anda sedikit</translation>
    </message>
    <message>
        <source>Raise your face a little</source>
        <translation>Angkat wajah Anda sedikit</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>VERIFIED</source>
        <translation>TERVERIFIKASI</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Tidak terverifikasi</translation>
    </message>
    <message>
        <source>Review needed</source>
        <translation>Perlu ditinjau</translation>
    </message>
    <message>
        <source>Photo not accepted</source>
        <translation>Foto tidak diterima</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Thank you. You may proceed.</source>
        <translation>Terima kasih. Silakan lanjutkan.</translation>
    </message>
    <message>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation>Kami tidak dapat memverifikasi Anda. Silakan temui petugas.</translation>
    </message>
    <message>
        <source>A member of staff will check your verification.</source>
        <translation>Petugas akan memeriksa verifikasi Anda.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Silakan coba lagi.</translation>
    </message>
    <message>
        <source>Service busy</source>
        <translation>Layanan sibuk</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Kesalahan layanan</translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation>Layanan tidak dapat dijangkau</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Jawaban tak terduga</translation>
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
        <translation>Masalah kios</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>Layanan sedang sibuk. Silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The service had a problem. Please try again in a moment.</source>
        <translation>Layanan mengalami masalah. Silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation>Layanan tidak dapat dijangkau. Silakan coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Please try again, or call a member of staff.</source>
        <translation>Silakan coba lagi, atau panggil petugas.</translation>
    </message>
    <message>
        <source>Please call a member of staff.</source>
        <translation>Silakan panggil petugas.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Wait a moment, then try again.</source>
        <translation>Layanan sibuk (dibatasi). Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The service reported an error. Try again; if it persists, contact IDmeta.</source>
        <translation>Layanan melaporkan kesalahan. Coba lagi; jika berlanjut, hubungi IDmeta.</translation>
    </message>
    <message>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation>Layanan tidak dapat dijangkau. Coba lagi, atau periksa koneksi.</translation>
    </message>
    <message>
        <source>The answer did not come from the IDmeta API (a web page, a proxy, or too large). Check the API address and the network, then try again.</source>
        <translation>Jawaban tidak berasal dari API IDmeta (halaman web, proksi, atau terlalu besar). Periksa alamat API dan jaringan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The service refused the request. Check the trust flow and camera.</source>
        <translation>Layanan menolak permintaan. Periksa trust flow dan kamera.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, restart the app.</source>
        <translation>Coba lagi; jika terjadi lagi, mulai ulang aplikasi.</translation>
    </message>
    <message>
        <source>Check the settings (API address, trust flow, token).</source>
        <translation>Periksa pengaturan (alamat API, trust flow, token).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Take the photo again</source>
        <translation>Ambil foto lagi</translation>
    </message>
    <message>
        <source>Finish and make the kiosk ready for the next person</source>
        <translation>Selesai dan siapkan kios untuk orang berikutnya</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Orang berikutnya</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>Mulai lagi dalam %n dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust validation %1</source>
        <translation>Validasi kepercayaan %1</translation>
    </message>
    <message>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
        <translation>Sandbox — hasil simulasi, tidak terhubung ke IDmeta</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>No face detected in the image. Please ensure face is clearly visible.</source>
        <translation>Tidak ada wajah terdeteksi dalam gambar. Pastikan wajah terlihat jelas.</translation>
    </message>
    <message>
        <source>Face is too small. Please move face closer to the camera.</source>
        <translation>Wajah terlalu kecil. Dekatkan wajah ke kamera.</translation>
    </message>
    <message>
        <source>Multiple faces detected in the image. Please ensure only one face is visible.</source>
        <translation>Terdeteksi lebih dari satu wajah. Pastikan hanya satu wajah yang terlihat.</translation>
    </message>
    <message>
        <source>Face is partially hidden or obscured. Please ensure full face is clearly visible.</source>
        <translation>Wajah sebagian tertutup atau terhalang. Pastikan seluruh wajah terlihat jelas.</translation>
    </message>
    <message>
        <source>Face is cropped. Please ensure full face is in frame.</source>
        <translation>Wajah terpotong. Pastikan seluruh wajah ada di dalam bingkai.</translation>
    </message>
    <message>
        <source>Face angle is too large. Please ensure face is clearly visible.</source>
        <translation>Sudut wajah terlalu besar. Pastikan wajah terlihat jelas.</translation>
    </message>
    <message>
        <source>Face is too close to the border. Please ensure face is clearly visible.</source>
        <translation>Wajah terlalu dekat dengan tepi. Pastikan wajah terlihat jelas.</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Before we take your photo</source>
        <translation>Sebelum kami mengambil foto Anda</translation>
    </message>
    <message>
        <source>Full notice: %1</source>
        <translation>Pemberitahuan lengkap: %1</translation>
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
        <translation>Setujui pemberitahuan dan lanjutkan ke foto</translation>
    </message>
    <message>
        <source>Do not take a photo; back to the start</source>
        <translation>Jangan ambil foto; kembali ke awal</translation>
    </message>
    <message>
        <source>Consent given verbally</source>
        <translation>Persetujuan diberikan secara lisan</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>Persetujuan ditolak</translation>
    </message>
    <message>
        <source>Record that the person agreed verbally, then capture</source>
        <translation>Catat bahwa orang tersebut setuju secara lisan, lalu ambil foto</translation>
    </message>
    <message>
        <source>The person declined: nothing is captured</source>
        <translation>Orang tersebut menolak: tidak ada yang diambil</translation>
    </message>
    <message>
        <source>Consent notice</source>
        <translation>Pemberitahuan persetujuan</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>Need help? Call staff</source>
        <translation>Perlu bantuan? Panggil petugas</translation>
    </message>
    <message>
        <source>Calls a member of staff to help you; no photo is needed for that</source>
        <translation>Memanggil petugas untuk membantu Anda; tidak perlu foto untuk itu</translation>
    </message>
    <message>
        <source>A member of staff has been called and will be with you soon.</source>
        <translation>Petugas sudah dipanggil dan akan segera datang.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera is not working</source>
        <translation>Kamera tidak berfungsi</translation>
    </message>
    <message>
        <source>Camera not found</source>
        <translation>Kamera tidak ditemukan</translation>
    </message>
    <message>
        <source>The camera is in use by another program</source>
        <translation>Kamera sedang digunakan program lain</translation>
    </message>
    <message>
        <source>Camera access denied</source>
        <translation>Akses kamera ditolak</translation>
    </message>
    <message>
        <source>The camera was unplugged</source>
        <translation>Kamera dicabut</translation>
    </message>
    <message>
        <source>The camera source cannot be played</source>
        <translation>Sumber kamera tidak dapat diputar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show the screens in %1</source>
        <translation>Tampilkan layar dalam %1</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose another language</source>
        <translation>Pilih bahasa lain</translation>
    </message>
</context>
</TS>
