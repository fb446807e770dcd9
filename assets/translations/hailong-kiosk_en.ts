<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ChosenLevel</name>
    <message>
        <location filename="../../qml/ChosenLevel.qml" line="18"/>
        <source>Ông/Bà đã chọn: %1</source>
        <translation>You chose: %1</translation>
    </message>
</context>
<context>
    <name>CommentScreen</name>
    <message>
        <location filename="../../qml/CommentScreen.qml" line="45"/>
        <source>Ông/Bà có muốn góp ý thêm không?</source>
        <translation>Would you like to add a comment?</translation>
    </message>
    <message>
        <location filename="../../qml/CommentScreen.qml" line="55"/>
        <source>Không bắt buộc. Xin đừng ghi họ tên, số điện thoại, số định danh cá nhân.</source>
        <translation>Optional. Please do not write names, phone numbers or personal ID numbers.</translation>
    </message>
    <message>
        <location filename="../../qml/CommentScreen.qml" line="77"/>
        <source>Nhập góp ý tại đây…</source>
        <translation>Type your comment here…</translation>
    </message>
    <message>
        <location filename="../../qml/CommentScreen.qml" line="97"/>
        <source>%1/%2 ký tự</source>
        <translation>%1/%2 characters</translation>
    </message>
    <message>
        <location filename="../../qml/CommentScreen.qml" line="110"/>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../qml/CommentScreen.qml" line="118"/>
        <source>Gửi</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>CriteriaScreen</name>
    <message>
        <location filename="../../qml/CriteriaScreen.qml" line="37"/>
        <source>Ông/Bà đánh giá thêm từng mặt sau</source>
        <translation>Please also rate each of these</translation>
    </message>
    <message>
        <location filename="../../qml/CriteriaScreen.qml" line="47"/>
        <source>Không bắt buộc: chọn mặt nào cũng được, hoặc bỏ qua</source>
        <translation>Optional: rate any of them, or skip</translation>
    </message>
    <message>
        <location filename="../../qml/CriteriaScreen.qml" line="171"/>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../qml/CriteriaScreen.qml" line="179"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>FollowUpScreen</name>
    <message>
        <location filename="../../qml/FollowUpScreen.qml" line="29"/>
        <source>Điều gì làm Ông/Bà hài lòng?</source>
        <translation>What went well?</translation>
    </message>
    <message>
        <location filename="../../qml/FollowUpScreen.qml" line="30"/>
        <source>Điều gì chưa tốt?</source>
        <translation>What went wrong?</translation>
    </message>
    <message>
        <location filename="../../qml/FollowUpScreen.qml" line="40"/>
        <source>Chọn một hoặc nhiều ý (không bắt buộc)</source>
        <translation>Choose one or more (optional)</translation>
    </message>
    <message>
        <location filename="../../qml/FollowUpScreen.qml" line="87"/>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../qml/FollowUpScreen.qml" line="94"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>IdleScreen</name>
    <message>
        <location filename="../../qml/IdleScreen.qml" line="33"/>
        <source>Xin mời Ông/Bà đánh giá sự phục vụ</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <location filename="../../qml/IdleScreen.qml" line="43"/>
        <source>Chạm vào một khuôn mặt. Chỉ cần một lần chạm.</source>
        <translation>Touch a face. One touch is enough.</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <location filename="../../qml/PromptBanner.qml" line="29"/>
        <source>Lĩnh vực: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <location filename="../../qml/PromptBanner.qml" line="31"/>
        <source>Quầy: %1</source>
        <translation>Counter: %1</translation>
    </message>
    <message>
        <location filename="../../qml/PromptBanner.qml" line="33"/>
        <source>Cán bộ: %1</source>
        <translation>Staff: %1</translation>
    </message>
</context>
<context>
    <name>StaffStatusView</name>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="29"/>
        <source>Trạng thái kiosk</source>
        <translation>Kiosk status</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="37"/>
        <source>Đánh giá chờ gửi</source>
        <translation>Ratings waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="43"/>
        <source>Đồng bộ thành công gần nhất</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="45"/>
        <source>chưa có</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="50"/>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="51"/>
        <source>chưa cấu hình</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="52"/>
        <source>kết nối được</source>
        <translation>reachable</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="53"/>
        <source>không kết nối được</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="58"/>
        <source>Bị máy chủ từ chối</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="65"/>
        <source>Lỗi gần nhất</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../qml/StaffStatusView.qml" line="81"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../qml/ThankYouScreen.qml" line="24"/>
        <source>Cảm ơn Ông/Bà!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../qml/ThankYouScreen.qml" line="34"/>
        <source>Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.</source>
        <translation>Your opinion helps us serve you better.</translation>
    </message>
</context>
<context>
    <name>TimeWarning</name>
    <message>
        <source>Sắp hết thời gian</source>
        <translation>Time is almost up</translation>
    </message>
    <message>
        <source>còn %1 giây</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <source>Chạm vào màn hình hoặc bấm phím bất kỳ để thêm thời gian.</source>
        <translation>Touch the screen or press any key for more time.</translation>
    </message>
</context>
<context>
    <name>AssistBar</name>
    <message>
        <source>Nghe</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Tương phản cao</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Thêm thời gian (%1 giây)</source>
        <translation>More time (%1 s)</translation>
    </message>
</context>
<context>
    <name>SpokenPrompt</name>
    <message>
        <source>Bấm phím số để chọn, phím 0 để nghe lại.</source>
        <translation>Press a number key to choose, 0 to hear this again.</translation>
    </message>
    <message>
        <source>Bấm phím Enter để tiếp tục, phím Esc để bỏ qua.</source>
        <translation>Press the Enter key to continue, the Esc key to skip.</translation>
    </message>
    <message>
        <source>Bấm phím Enter để gửi, phím Esc để bỏ qua.</source>
        <translation>Press the Enter key to send, the Esc key to skip.</translation>
    </message>
    <message>
        <source>Đã chọn</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Đã bỏ chọn</source>
        <translation>Unselected</translation>
    </message>
    <message>
        <source>Đã bật chế độ tương phản cao</source>
        <translation>High contrast on</translation>
    </message>
    <message>
        <source>Đã tắt chế độ tương phản cao</source>
        <translation>High contrast off</translation>
    </message>
    <message>
        <source>To hơn</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Nhỏ hơn</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Đã thêm thời gian</source>
        <translation>More time given</translation>
    </message>
    <message>
        <source>Phím này không dùng ở đây. Bấm phím 0 để nghe hướng dẫn.</source>
        <translation>This key does nothing here. Press 0 to hear the instructions.</translation>
    </message>
    <message>
        <source>Phím 1</source>
        <translation>Key 1</translation>
    </message>
    <message>
        <source>Phím 2</source>
        <translation>Key 2</translation>
    </message>
    <message>
        <source>Phím 3</source>
        <translation>Key 3</translation>
    </message>
    <message>
        <source>Phím 4</source>
        <translation>Key 4</translation>
    </message>
    <message>
        <source>Phím 5</source>
        <translation>Key 5</translation>
    </message>
    <message>
        <source>Phím 6</source>
        <translation>Key 6</translation>
    </message>
    <message>
        <source>Phím 7</source>
        <translation>Key 7</translation>
    </message>
    <message>
        <source>Phím 8</source>
        <translation>Key 8</translation>
    </message>
    <message>
        <source>Phím 9</source>
        <translation>Key 9</translation>
    </message>
</context>
</TS>
