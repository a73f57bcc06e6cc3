<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Error</name>
    <message>
        <source>The API token was refused.</source>
        <translation>Mã API bị từ chối.</translation>
    </message>
    <message>
        <source>The kiosk is not configured correctly.</source>
        <translation>Ki-ốt chưa được cấu hình đúng.</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>Dịch vụ đã từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited).</source>
        <translation>Dịch vụ đang bận (bị giới hạn).</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>Dịch vụ gặp lỗi nội bộ.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Dịch vụ không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>No connection to the service.</source>
        <translation>Không có kết nối đến dịch vụ.</translation>
    </message>
    <message>
        <source>The service sent an answer the kiosk cannot read.</source>
        <translation>Dịch vụ gửi phản hồi mà ki-ốt không đọc được.</translation>
    </message>
    <message>
        <source>An unexpected problem in the kiosk.</source>
        <translation>Ki-ốt gặp sự cố không mong muốn.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>Sự cố không xác định.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Hold still…</source>
        <translation>Giữ yên…</translation>
    </message>
    <message>
        <source>Step up to verify your identity</source>
        <translation>Hãy bước lại gần để xác minh danh tính</translation>
    </message>
    <message>
        <source>Stand about an arm's length from the screen</source>
        <translation>Đứng cách màn hình khoảng một sải tay</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>Nhìn thẳng vào camera</translation>
    </message>
    <message>
        <source>Remove hats, masks and sunglasses</source>
        <translation>Bỏ mũ, khẩu trang và kính râm</translation>
    </message>
    <message>
        <source>Got it!</source>
        <translation>Xong!</translation>
    </message>
    <message>
        <source>Checking your photo…</source>
        <translation>Đang kiểm tra ảnh của bạn…</translation>
    </message>
    <message>
        <source>Camera not available</source>
        <translation>Camera không khả dụng</translation>
    </message>
    <message>
        <source>Reconnecting automatically. If this continues, please call staff.</source>
        <translation>Đang tự động kết nối lại. Nếu vẫn tiếp diễn, vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tạm ngừng phục vụ</translation>
    </message>
    <message>
        <source>This kiosk is not available right now. Please ask staff for help.</source>
        <translation>Ki-ốt này hiện không sử dụng được. Vui lòng nhờ nhân viên giúp đỡ.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <source>Look at the camera</source>
        <translation>Nhìn vào camera</translation>
    </message>
    <message>
        <source>Move closer</source>
        <translation>Lại gần hơn</translation>
    </message>
    <message>
        <source>Only one person, please</source>
        <translation>Chỉ một người thôi</translation>
    </message>
    <message>
        <source>Uncover your face</source>
        <translation>Đừng che mặt</translation>
    </message>
    <message>
        <source>Move to the centre</source>
        <translation>Di chuyển vào giữa</translation>
    </message>
    <message>
        <source>Face the camera</source>
        <translation>Quay mặt về phía camera</translation>
    </message>
    <message>
        <source>Keep your head straight</source>
        <translation>Giữ đầu thẳng</translation>
    </message>
    <message>
        <source>More light, please</source>
        <translation>Cần thêm ánh sáng</translation>
    </message>
    <message>
        <source>Too bright, avoid direct light</source>
        <translation>Quá sáng, tránh ánh sáng trực tiếp</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Giữ yên</translation>
    </message>
    <message>
        <source>Keep your eyes open</source>
        <translation>Mở mắt</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>Lùi lại một chút</translation>
    </message>
    <message>
        <source>Move a little to your left</source>
        <translation>Dịch sang trái một chút</translation>
    </message>
    <message>
        <source>Move a little to your right</source>
        <translation>Dịch sang phải một chút</translation>
    </message>
    <message>
        <source>Lower your face a little</source>
        <translation>Cúi mặt xuống một chút</translation>
    </message>
    <message>
        <source>Raise your face a little</source>
        <translation>Ngẩng mặt lên một chút</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>VERIFIED</source>
        <translation>ĐÃ XÁC MINH</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa xác minh được</translation>
    </message>
    <message>
        <source>Review needed</source>
        <translation>Cần xem xét</translation>
    </message>
    <message>
        <source>Photo not accepted</source>
        <translation>Ảnh không được chấp nhận</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Thank you. You may proceed.</source>
        <translation>Cảm ơn. Bạn có thể tiếp tục.</translation>
    </message>
    <message>
        <source>We could not verify you. Please see a member of staff.</source>
        <translation>Chúng tôi không thể xác minh bạn. Vui lòng gặp nhân viên.</translation>
    </message>
    <message>
        <source>A member of staff will check your verification.</source>
        <translation>Nhân viên sẽ kiểm tra việc xác minh của bạn.</translation>
    </message>
    <message>
        <source>Please try again.</source>
        <translation>Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Service busy</source>
        <translation>Dịch vụ đang bận</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Lỗi dịch vụ</translation>
    </message>
    <message>
        <source>Service not reachable</source>
        <translation>Không kết nối được dịch vụ</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Phản hồi bất thường</translation>
    </message>
    <message>
        <source>Configuration problem</source>
        <translation>Lỗi cấu hình</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Yêu cầu bị từ chối</translation>
    </message>
    <message>
        <source>Kiosk problem</source>
        <translation>Sự cố ki-ốt</translation>
    </message>
    <message>
        <source>The service is busy. Please try again in a moment.</source>
        <translation>Dịch vụ đang bận. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The service had a problem. Please try again in a moment.</source>
        <translation>Dịch vụ gặp sự cố. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The service is not reachable. Please try again in a moment.</source>
        <translation>Không kết nối được dịch vụ. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Please try again, or call a member of staff.</source>
        <translation>Vui lòng thử lại hoặc gọi nhân viên.</translation>
    </message>
    <message>
        <source>Please call a member of staff.</source>
        <translation>Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <source>The service is busy (rate limited). Wait a moment, then try again.</source>
        <translation>Dịch vụ đang bận (bị giới hạn). Chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The service reported an error. Try again; if it persists, contact IDmeta.</source>
        <translation>Dịch vụ báo lỗi. Hãy thử lại; nếu vẫn lỗi, liên hệ IDmeta.</translation>
    </message>
    <message>
        <source>The service is not reachable. Try again, or check the connection.</source>
        <translation>Không kết nối được dịch vụ. Hãy thử lại hoặc kiểm tra kết nối.</translation>
    </message>
    <message>
        <source>The answer did not come from the IDmeta API (a web page, a proxy, or too large). Check the API address and the network, then try again.</source>
        <translation>Phản hồi không đến từ API IDmeta (trang web, proxy hoặc quá lớn). Kiểm tra địa chỉ API và mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>The service refused the request. Check the trust flow and camera.</source>
        <translation>Dịch vụ từ chối yêu cầu. Kiểm tra trust flow và camera.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, restart the app.</source>
        <translation>Hãy thử lại; nếu lặp lại, khởi động lại ứng dụng.</translation>
    </message>
    <message>
        <source>Check the settings (API address, trust flow, token).</source>
        <translation>Kiểm tra cài đặt (địa chỉ API, trust flow, mã).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Take the photo again</source>
        <translation>Chụp lại ảnh</translation>
    </message>
    <message>
        <source>Finish and make the kiosk ready for the next person</source>
        <translation>Kết thúc và chuẩn bị ki-ốt cho người tiếp theo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Người tiếp theo</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n s</source>
        <translation>
            <numerusform>Bắt đầu lại sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust validation %1</source>
        <translation>Xác thực tin cậy %1</translation>
    </message>
    <message>
        <source>Sandbox — simulated result, not connected to IDmeta</source>
        <translation>Sandbox — kết quả mô phỏng, không kết nối IDmeta</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>No face detected in the image. Please ensure face is clearly visible.</source>
        <translation>Không phát hiện khuôn mặt trong ảnh. Hãy đảm bảo khuôn mặt hiện rõ.</translation>
    </message>
    <message>
        <source>Face is too small. Please move face closer to the camera.</source>
        <translation>Khuôn mặt quá nhỏ. Hãy đưa mặt lại gần camera hơn.</translation>
    </message>
    <message>
        <source>Multiple faces detected in the image. Please ensure only one face is visible.</source>
        <translation>Phát hiện nhiều khuôn mặt. Hãy đảm bảo chỉ có một khuôn mặt.</translation>
    </message>
    <message>
        <source>Face is partially hidden or obscured. Please ensure full face is clearly visible.</source>
        <translation>Khuôn mặt bị che khuất một phần. Hãy đảm bảo toàn bộ khuôn mặt hiện rõ.</translation>
    </message>
    <message>
        <source>Face is cropped. Please ensure full face is in frame.</source>
        <translation>Khuôn mặt bị cắt. Hãy đảm bảo toàn bộ khuôn mặt nằm trong khung.</translation>
    </message>
    <message>
        <source>Face angle is too large. Please ensure face is clearly visible.</source>
        <translation>Góc nghiêng khuôn mặt quá lớn. Hãy đảm bảo khuôn mặt hiện rõ.</translation>
    </message>
    <message>
        <source>Face is too close to the border. Please ensure face is clearly visible.</source>
        <translation>Khuôn mặt quá sát mép ảnh. Hãy đảm bảo khuôn mặt hiện rõ.</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Before we take your photo</source>
        <translation>Trước khi chúng tôi chụp ảnh bạn</translation>
    </message>
    <message>
        <source>Full notice: %1</source>
        <translation>Thông báo đầy đủ: %1</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Tôi đồng ý</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Không, cảm ơn</translation>
    </message>
    <message>
        <source>Agree to the notice and go on to the photo</source>
        <translation>Đồng ý với thông báo và tiếp tục chụp ảnh</translation>
    </message>
    <message>
        <source>Do not take a photo; back to the start</source>
        <translation>Không chụp ảnh; quay lại từ đầu</translation>
    </message>
    <message>
        <source>Consent given verbally</source>
        <translation>Đã đồng ý bằng lời nói</translation>
    </message>
    <message>
        <source>Consent declined</source>
        <translation>Từ chối đồng ý</translation>
    </message>
    <message>
        <source>Record that the person agreed verbally, then capture</source>
        <translation>Ghi nhận người này đã đồng ý bằng lời, rồi chụp</translation>
    </message>
    <message>
        <source>The person declined: nothing is captured</source>
        <translation>Người này từ chối: không chụp gì cả</translation>
    </message>
    <message>
        <source>Consent notice</source>
        <translation>Thông báo đồng ý</translation>
    </message>
</context>
<context>
    <name>HelpControl</name>
    <message>
        <source>Need help? Call staff</source>
        <translation>Cần giúp đỡ? Gọi nhân viên</translation>
    </message>
    <message>
        <source>Calls a member of staff to help you; no photo is needed for that</source>
        <translation>Gọi nhân viên đến giúp bạn; không cần chụp ảnh</translation>
    </message>
    <message>
        <source>A member of staff has been called and will be with you soon.</source>
        <translation>Nhân viên đã được gọi và sẽ đến ngay.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera is not working</source>
        <translation>Camera không hoạt động</translation>
    </message>
    <message>
        <source>Camera not found</source>
        <translation>Không tìm thấy camera</translation>
    </message>
    <message>
        <source>The camera is in use by another program</source>
        <translation>Camera đang được chương trình khác sử dụng</translation>
    </message>
    <message>
        <source>Camera access denied</source>
        <translation>Bị từ chối truy cập camera</translation>
    </message>
    <message>
        <source>The camera was unplugged</source>
        <translation>Camera đã bị rút ra</translation>
    </message>
    <message>
        <source>The camera source cannot be played</source>
        <translation>Không phát được nguồn camera</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show the screens in %1</source>
        <translation>Hiển thị màn hình bằng %1</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose another language</source>
        <translation>Chọn ngôn ngữ khác</translation>
    </message>
</context>
</TS>
