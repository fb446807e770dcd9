// The dashboard's words: Vietnamese first, English second. Elements carry data-i18n="key"
// and get their text from here; code calls t(key, {name: value}).

const STRINGS = {
  vi: {
    'app.title': 'Hài Lòng — Bảng theo dõi sự hài lòng',
    'app.centre': 'Trung tâm Phục vụ hành chính công',
    'lang.switch': 'English',
    'login.title': 'Đăng nhập cho cán bộ',
    'login.user': 'Tên đăng nhập',
    'login.password': 'Mật khẩu',
    'login.submit': 'Đăng nhập',
    'login.failed': 'Sai tên đăng nhập hoặc mật khẩu.',
    'login.locked': 'Tài khoản tạm khóa vì nhập sai nhiều lần. Vui lòng thử lại sau.',
    'logout': 'Đăng xuất',
    'role.viewer': 'xem', 'role.manager': 'quản lý', 'role.admin': 'quản trị',
    'tab.today': 'Hôm nay', 'tab.period': 'Theo kỳ', 'tab.admin': 'Quản trị',
    'error.load': 'Không tải được dữ liệu ({detail}). Bấm “Tải lại” để thử lại.',
    'reload': 'Tải lại',
    'alerts.title': 'Cảnh báo',
    'alerts.none': 'Không có cảnh báo.',
    'alert.indicator-below-target': '{name}: hôm nay {rate}, thấp hơn chỉ tiêu {target} (đã có {n} phiếu).',
    'alert.kiosk-offline': 'Máy {kiosk} ({counter}) mất kết nối {minutes} phút.',
    'alert.suspect-burst': 'Máy {kiosk}: {count} phiếu bấm dồn dập bất thường hôm nay, cần kiểm tra.',
    'today.date': 'Ngày',
    'today.ratings': 'Số phiếu hôm nay',
    'today.rate': 'Tỷ lệ hài lòng',
    'today.suspect': 'Phiếu nghi bấm dồn',
    'today.indicators': 'Các chỉ tiêu hôm nay',
    'today.hourly': 'Số phiếu theo giờ',
    'today.breakdowns': 'Chi tiết theo đơn vị, quầy, cán bộ và lĩnh vực',
    'today.by_unit': 'Theo đơn vị', 'today.by_counter': 'Theo quầy',
    'today.by_staff': 'Theo cán bộ', 'today.by_field': 'Theo lĩnh vực',
    'today.comments': 'Góp ý mới nhất',
    'today.no_comments': 'Chưa có góp ý.',
    'today.kiosks': 'Máy đánh giá',
    'col.stt': 'STT', 'col.indicator': 'Chỉ tiêu', 'col.lead': 'Cơ quan chủ trì',
    'col.target': 'Chỉ tiêu kế hoạch', 'col.result': 'Kết quả thực hiện',
    'col.n': 'Số phiếu', 'col.satisfied': 'Hài lòng', 'col.ci': 'Khoảng tin cậy 95 %',
    'col.status': 'Đánh giá', 'col.rate': 'Tỷ lệ', 'col.name': 'Tên',
    'col.rank': 'Hạng', 'col.shrunk': 'Tỷ lệ điều chỉnh',
    'col.kiosk': 'Máy', 'col.unit': 'Đơn vị', 'col.counter': 'Quầy',
    'col.state': 'Trạng thái', 'col.last_seen': 'Lần cuối liên lạc', 'col.queued': 'Phiếu chờ gửi',
    'col.gaps': 'Phiếu thiếu (số thứ tự)', 'col.today': 'Phiếu hôm nay',
    'col.time': 'Giờ', 'col.level': 'Mức', 'col.comment': 'Nội dung', 'col.field': 'Lĩnh vực',
    'col.staff': 'Cán bộ', 'col.kind': 'Loại', 'col.role': 'Vai trò', 'col.id': 'Mã',
    'col.actions': 'Thao tác', 'col.at': 'Thời điểm', 'col.user': 'Người dùng',
    'col.action': 'Việc', 'col.target_obj': 'Đối tượng', 'col.result_ok': 'Kết quả',
    'status.met': 'Đạt', 'status.not-met': 'Không đạt',
    'confidence.certain': 'chắc chắn', 'confidence.uncertain': 'chưa chắc chắn',
    'status.no_data': 'chưa có phiếu',
    'kiosk.online': 'Đang kết nối', 'kiosk.offline': 'Mất kết nối', 'kiosk.revoked': 'Đã thu hồi',
    'level.1': 'Rất không hài lòng', 'level.2': 'Không hài lòng', 'level.3': 'Bình thường',
    'level.4': 'Hài lòng', 'level.5': 'Rất hài lòng',
    'none': 'Chưa có số liệu.',
    'prompt.title': 'Mời người dân đánh giá tại quầy',
    'prompt.counter': 'Quầy', 'prompt.field': 'Lĩnh vực (mã)', 'prompt.staff': 'Mã cán bộ',
    'prompt.send': 'Gửi lời mời', 'prompt.sent': 'Đã gửi lời mời tới {counter}.',
    'period.kind': 'Loại kỳ', 'period.quarter': 'Quý', 'period.half': '6 tháng',
    'period.year': 'Năm', 'period.range': 'Khoảng ngày', 'period.index': 'Kỳ',
    'period.from': 'Từ ngày', 'period.to': 'Đến ngày', 'period.rule': 'Cách tính kỳ',
    'period.rule.nd09': 'Theo NĐ 09/2019 (15 tháng trước – 14 tháng cuối)',
    'period.rule.calendar': 'Theo lịch (đầu tháng – cuối tháng)',
    'period.step': 'Diễn biến theo', 'period.step.month': 'Tháng', 'period.step.week': 'Tuần',
    'period.show': 'Xem',
    'period.q': 'Quý {q}', 'period.h1': '6 tháng đầu năm', 'period.h2': '6 tháng cuối năm',
    'period.title.quarter': 'Quý {q}/{year}', 'period.title.h1': '6 tháng đầu năm {year}',
    'period.title.h2': '6 tháng cuối năm {year}', 'period.title.year': 'Năm {year}',
    'period.title.range': 'Khoảng ngày',
    'period.dates': 'từ {from} đến {to}',
    'period.table': 'Kết quả các chỉ tiêu của kế hoạch',
    'period.trend': 'Diễn biến tỷ lệ hài lòng',
    'period.ranking_staff': 'Xếp hạng cán bộ', 'period.ranking_counter': 'Xếp hạng quầy',
    'period.ranking_note': 'Xếp theo tỷ lệ điều chỉnh: tỷ lệ của mỗi người (mỗi quầy) được kéo về mức chung {mean} của trung tâm như thể có thêm {k} phiếu ở mức chung, để một vài phiếu lẻ không đẩy ai xuống cuối bảng.',
    'period.exports': 'Tải báo cáo',
    'export.csv': 'Tải CSV', 'export.xlsx': 'Tải Excel (XLSX)', 'export.pdf': 'Tải PDF',
    'admin.users': 'Người dùng', 'admin.units': 'Đơn vị', 'admin.kiosks': 'Máy đánh giá',
    'admin.audit': 'Nhật ký thao tác',
    'admin.add': 'Thêm', 'admin.disable': 'Khóa', 'admin.revoke': 'Thu hồi',
    'admin.disabled': 'đã khóa', 'admin.active': 'đang dùng',
    'admin.user.name': 'Tên đăng nhập', 'admin.user.password': 'Mật khẩu (ít nhất 10 ký tự)',
    'admin.unit.id': 'Mã đơn vị', 'admin.unit.name': 'Tên đơn vị',
    'admin.kind.admin': 'Hành chính', 'admin.kind.health': 'Y tế', 'admin.kind.education': 'Giáo dục',
    'admin.kiosk.id': 'Mã máy', 'admin.kiosk.token': 'Mã bí mật của máy {id} (chỉ hiện một lần, hãy chép lại ngay):',
    'admin.confirm_revoke': 'Thu hồi máy {id}? Máy sẽ không gửi được phiếu nữa.',
    'admin.confirm_disable': 'Khóa tài khoản {name}?',
    'admin.done': 'Đã lưu.',
    'audit.login': 'Đăng nhập', 'audit.login-failed': 'Đăng nhập sai', 'audit.logout': 'Đăng xuất',
    'audit.export': 'Tải báo cáo', 'audit.user-add': 'Thêm người dùng', 'audit.user-disable': 'Khóa người dùng',
    'audit.unit-add': 'Thêm đơn vị', 'audit.kiosk-add': 'Thêm máy', 'audit.kiosk-revoke': 'Thu hồi máy',
    'audit.counter-prompt': 'Mời đánh giá tại quầy',
    'yes': 'có', 'no': 'không',
    'public.title': 'Kết quả đo lường sự hài lòng — công khai',
    'public.note': 'Số liệu tổng hợp từ phiếu đánh giá tại Trung tâm Phục vụ hành chính công. Không có thông tin cá nhân.',
  },
  en: {
    'app.title': 'Hài Lòng — Satisfaction dashboard',
    'app.centre': 'Public Administrative Service Centre',
    'lang.switch': 'Tiếng Việt',
    'login.title': 'Staff sign-in',
    'login.user': 'User name',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.failed': 'Wrong user name or password.',
    'login.locked': 'Account locked after repeated failures. Please try again later.',
    'logout': 'Sign out',
    'role.viewer': 'viewer', 'role.manager': 'manager', 'role.admin': 'admin',
    'tab.today': 'Today', 'tab.period': 'By period', 'tab.admin': 'Administration',
    'error.load': 'Could not load data ({detail}). Press “Reload” to try again.',
    'reload': 'Reload',
    'alerts.title': 'Alerts',
    'alerts.none': 'No alerts.',
    'alert.indicator-below-target': '{name}: today {rate}, below the target {target} ({n} ratings so far).',
    'alert.kiosk-offline': 'Kiosk {kiosk} ({counter}) offline for {minutes} minutes.',
    'alert.suspect-burst': 'Kiosk {kiosk}: {count} ratings in a suspicious burst today; please check.',
    'today.date': 'Date',
    'today.ratings': 'Ratings today',
    'today.rate': 'Satisfaction',
    'today.suspect': 'Suspect burst ratings',
    'today.indicators': "Today's indicators",
    'today.hourly': 'Ratings by hour',
    'today.breakdowns': 'By unit, counter, staff member and service field',
    'today.by_unit': 'By unit', 'today.by_counter': 'By counter',
    'today.by_staff': 'By staff member', 'today.by_field': 'By service field',
    'today.comments': 'Latest comments',
    'today.no_comments': 'No comments yet.',
    'today.kiosks': 'Kiosks',
    'col.stt': 'No.', 'col.indicator': 'Indicator', 'col.lead': 'Lead agency',
    'col.target': 'Plan target', 'col.result': 'Result',
    'col.n': 'Ratings', 'col.satisfied': 'Satisfied', 'col.ci': '95 % interval',
    'col.status': 'Assessment', 'col.rate': 'Rate', 'col.name': 'Name',
    'col.rank': 'Rank', 'col.shrunk': 'Adjusted rate',
    'col.kiosk': 'Kiosk', 'col.unit': 'Unit', 'col.counter': 'Counter',
    'col.state': 'State', 'col.last_seen': 'Last seen', 'col.queued': 'Queued',
    'col.gaps': 'Missing (sequence)', 'col.today': 'Today',
    'col.time': 'Time', 'col.level': 'Level', 'col.comment': 'Comment', 'col.field': 'Field',
    'col.staff': 'Staff', 'col.kind': 'Kind', 'col.role': 'Role', 'col.id': 'Id',
    'col.actions': 'Actions', 'col.at': 'When', 'col.user': 'User',
    'col.action': 'Action', 'col.target_obj': 'Object', 'col.result_ok': 'Outcome',
    'status.met': 'Met', 'status.not-met': 'Not met',
    'confidence.certain': 'certain', 'confidence.uncertain': 'uncertain',
    'status.no_data': 'no ratings',
    'kiosk.online': 'Online', 'kiosk.offline': 'Offline', 'kiosk.revoked': 'Revoked',
    'level.1': 'Very dissatisfied', 'level.2': 'Dissatisfied', 'level.3': 'Neutral',
    'level.4': 'Satisfied', 'level.5': 'Very satisfied',
    'none': 'No data yet.',
    'prompt.title': 'Invite a citizen to rate at a counter',
    'prompt.counter': 'Counter', 'prompt.field': 'Field (code)', 'prompt.staff': 'Staff id',
    'prompt.send': 'Send invitation', 'prompt.sent': 'Invitation sent to {counter}.',
    'period.kind': 'Period', 'period.quarter': 'Quarter', 'period.half': 'Half-year',
    'period.year': 'Year', 'period.range': 'Date range', 'period.index': 'Which',
    'period.from': 'From', 'period.to': 'To', 'period.rule': 'Period rule',
    'period.rule.nd09': 'Decree 09/2019 (15th of month before – 14th)',
    'period.rule.calendar': 'Calendar (1st – end of month)',
    'period.step': 'Trend by', 'period.step.month': 'Month', 'period.step.week': 'Week',
    'period.show': 'Show',
    'period.q': 'Quarter {q}', 'period.h1': 'First half', 'period.h2': 'Second half',
    'period.title.quarter': 'Quarter {q}/{year}', 'period.title.h1': 'First half of {year}',
    'period.title.h2': 'Second half of {year}', 'period.title.year': 'Year {year}',
    'period.title.range': 'Date range',
    'period.dates': '{from} to {to}',
    'period.table': "Indicators of the plan",
    'period.trend': 'Satisfaction over time',
    'period.ranking_staff': 'Staff ranking', 'period.ranking_counter': 'Counter ranking',
    'period.ranking_note': "Ranked by an adjusted rate: each rate is pulled toward the centre's mean {mean} as if it had {k} more ratings at that mean, so a few ratings on a small count do not put anyone last.",
    'period.exports': 'Download the report',
    'export.csv': 'Download CSV', 'export.xlsx': 'Download Excel (XLSX)', 'export.pdf': 'Download PDF',
    'admin.users': 'Users', 'admin.units': 'Units', 'admin.kiosks': 'Kiosks',
    'admin.audit': 'Audit log',
    'admin.add': 'Add', 'admin.disable': 'Disable', 'admin.revoke': 'Revoke',
    'admin.disabled': 'disabled', 'admin.active': 'active',
    'admin.user.name': 'User name', 'admin.user.password': 'Password (10 characters or more)',
    'admin.unit.id': 'Unit id', 'admin.unit.name': 'Unit name',
    'admin.kind.admin': 'Administration', 'admin.kind.health': 'Health', 'admin.kind.education': 'Education',
    'admin.kiosk.id': 'Kiosk id', 'admin.kiosk.token': 'Secret token of kiosk {id} (shown once, copy it now):',
    'admin.confirm_revoke': 'Revoke kiosk {id}? It will no longer be able to send ratings.',
    'admin.confirm_disable': 'Disable account {name}?',
    'admin.done': 'Saved.',
    'audit.login': 'Sign-in', 'audit.login-failed': 'Failed sign-in', 'audit.logout': 'Sign-out',
    'audit.export': 'Report download', 'audit.user-add': 'User added', 'audit.user-disable': 'User disabled',
    'audit.unit-add': 'Unit added', 'audit.kiosk-add': 'Kiosk enrolled', 'audit.kiosk-revoke': 'Kiosk revoked',
    'audit.counter-prompt': 'Counter invitation',
    'yes': 'yes', 'no': 'no',
    'public.title': 'Citizen satisfaction results — public',
    'public.note': "Aggregated from the ratings at the Public Administrative Service Centre. No personal data.",
  },
};

let language = 'vi';

export function currentLanguage() {
  return language;
}

export function setLanguage(code) {
  language = code === 'en' ? 'en' : 'vi';
  try {
    localStorage.setItem('hailong.lang', language);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page only.
  }
  document.documentElement.lang = language;
  applyTo(document);
}

export function restoreLanguage() {
  let saved = 'vi';
  try {
    saved = localStorage.getItem('hailong.lang') || 'vi';
  } catch {
    saved = 'vi';
  }
  setLanguage(saved);
}

export function t(key, values = {}) {
  const template = STRINGS[language][key] ?? STRINGS.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}

export function applyTo(root) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
  }
}
