// Each export is written to disk and read back by the tool an office would use:
// LibreOffice for the XLSX and the CSV, pdftotext for the PDF. The numbers read back must
// equal what IndicatorCalculator says, in the form the report prints them ("95,3").
#include "ExternalTool.h"
#include "JsonReportWriter.h"
#include "ReportFormat.h"
#include "VietnameseFormat.h"
#include "indicators/IndicatorCalculator.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hailong;

namespace {

// Known counts: two indicators met, two not met, one without ratings. The TTHC row is
// 1,899 of 1,999 (94.997 %): cut, it prints "94,9" beside its "Không đạt", never "95,0".
ReportDocument sampleDocument()
{
    const QList<IndicatorDefinition> definitions = IndicatorDefinition::defaults();
    const QList<QPair<qint64, qint64>> counts = {
        {190, 200}, {1899, 1999}, {44, 50}, {0, 0}, {97, 100}};
    ReportDocument document;
    document.communeName = QStringLiteral("xã Tân Hòa");
    document.period = Period::parse(QStringLiteral("2026-Q1"), PeriodRule::Nd09).value();
    document.generatedAt = QDateTime(QDate(2026, 3, 20), QTime(9, 30), centreTimeZone());
    for (int i = 0; i < definitions.size(); ++i) {
        const auto [satisfied, n] = counts.value(i, {0, 0});
        document.indicators << IndicatorCalculator::evaluate(definitions.at(i), satisfied, n);
    }
    // Comparisons: the previous quarter 180 of 200 (90 %), last year's 2025-Q1 none, the year
    // to date as this quarter (nd09's year starts with Q1).
    for (const IndicatorResult &result : document.indicators) {
        const Period &period = document.period;
        document.comparisons.insert(
            result.definition.id, {{period.previous(), 200, 180, 90.0},
                                   {period.sameLastYear(), 0, 0, std::nullopt},
                                   {period.yearToDate(), result.n, result.satisfied, result.rate}});
    }
    document.byField = {
        {QStringLiteral("ho-tich"),
         {QStringLiteral("Hộ tịch"), {}},
         {},
         120,
         115,
         115.0 / 120 * 100},
        {QStringLiteral("dat-dai"), {QStringLiteral("Đất đai"), {}}, {}, 50, 44, 88.0}};
    document.byUnit = {{QStringLiteral("ubnd"),
                        {QStringLiteral("Bộ phận một cửa"), {}},
                        QStringLiteral("admin"),
                        200,
                        190,
                        95.0}};
    document.reasons = {
        {QStringLiteral("cho-lau"), {QStringLiteral("Chờ lâu"), {}}, false, 7},
        {QStringLiteral("tan-tinh"), {QStringLiteral("Cán bộ tận tình"), {}}, true, 5}};
    document.comments = {{QDateTime(QDate(2026, 2, 3), QTime(10, 0), centreTimeZone()),
                          1,
                          QStringLiteral("Phải chờ quá lâu, số ĐT ***"),
                          {QStringLiteral("Đất đai"), {}}}};
    // 400 dossiers returned, 380 on time, 300 online; 210 rated (200 on time, 190 satisfied;
    // 10 late, 5 satisfied): the method's sample for 400 is 400 / (1 + 400 · 0,0025) = 200.
    document.dossiers = {400, 380, 300, 3, 200, 190, 10, 5};
    // 12 complaint cases opened, 9 answered within the 5 working days, 2 still open.
    document.cases = {12, 9, 2, 5};
    // The health survey's criteria: access 10 of 12 (83,3 % cut), the result of care 7 of 8
    // (87,5 %), facilities answered "no opinion" only.
    const LocalizedText healthSurvey{QStringLiteral("Ông/Bà đánh giá thế nào về lần khám?"),
                                     QStringLiteral("How was your visit?")};
    document.criteria = {
        {QStringLiteral("y-te"),
         healthSurvey,
         QStringLiteral("tiep-can"),
         {QStringLiteral("Khả năng tiếp cận"), QStringLiteral("Access to care")},
         12,
         10,
         1000.0 / 12},
        {QStringLiteral("y-te"),
         healthSurvey,
         QStringLiteral("co-so-vat-chat"),
         {QStringLiteral("Cơ sở vật chất"), QStringLiteral("Facilities")},
         0,
         0,
         std::nullopt},
        {QStringLiteral("y-te"),
         healthSurvey,
         QStringLiteral("ket-qua"),
         {QStringLiteral("Kết quả cung cấp dịch vụ"), QStringLiteral("Result of the care")},
         8,
         7,
         87.5}};
    document.trends.insert(QStringLiteral("admin-service"),
                           {{QStringLiteral("T12/2025"), 40, 37, 92.5},
                            {QStringLiteral("T01/2026"), 80, 77, 96.25},
                            {QStringLiteral("T02/2026"), 50, 47, 94.0},
                            {QStringLiteral("T03/2026"), 30, 29, 96.666666}});
    return document;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A minimal RFC 4180 reader: enough for what LibreOffice writes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

// The appendix row of `appendix` (found by the name printed in its second cell), or empty.
QStringList appendixRow(const QList<QStringList> &rows, const AppendixRow &appendix)
{
    for (const QStringList &row : rows) {
        if (row.size() >= 10 && row.at(1) == appendixName(appendix, ReportLanguage::Vietnamese))
            return row;
    }
    return {};
}

// "95.3" or "95,3" → "95,3": LibreOffice writes numbers in its own locale.
QString asVietnamese(QString number)
{
    return number.trimmed().replace(QLatin1Char('.'), QLatin1Char(','));
}

// The rate as printed, cut (not rounded) to one decimal, worked out from the counts alone.
QString expectedRate(const IndicatorResult &result)
{
    if (result.n == 0)
        return QStringLiteral("—");
    const qint64 tenths = result.satisfied * 1000 / result.n;
    return QStringLiteral("%1,%2").arg(tenths / 10).arg(tenths % 10);
}

} // namespace

class ReportExportsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatCodesAreExact();
    void jsonCarriesTheCalculatorsNumbers();
    void csvHasBomCrlfAndVietnameseHeader();
    void runningPeriodIsProgressNotVerdict();
    void csvOpensInLibreOfficeWithDiacritics();
    void xlsxReadBackByLibreOfficeEqualsCalculator();
    void pdfReadBackByPdftotextEqualsCalculator();
    void docxReadBackByLibreOfficeEqualsCalculator();
    void englishReportSpeaksEnglishInEveryFormat();
    void xlsxRefusesWhatExcelCannotHold();

private:
    // Every appendix row read back equals the calculator; the TTHC land row is TTHC's
    // "Trong đó" part with no number. `grouped`: LibreOffice wrote counts with "," groups.
    void compareAppendix(const QList<QStringList> &rows, const QString &text, bool grouped);
    // The comparisons, breakdowns, reasons and comment are printed, in words only.
    void checkAnalysis(const QString &text);
    // A4, Liberation Serif embedded, every word inside the margins Nghị định 30 asks for.
    void checkPdfForm(const QString &pdfPath);
    QString profile() const { return m_dir.filePath(QStringLiteral("lo-profile")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray render(ReportFormat format);

    QTemporaryDir m_dir;
    ReportDocument m_document;
};

void ReportExportsTest::compareAppendix(const QList<QStringList> &rows, const QString &text,
                                        bool grouped)
{
    const QList<AppendixRow> appendix = m_document.appendixRows();
    QCOMPARE(appendix.size(), m_document.indicators.size());
    QCOMPARE(appendix.at(2).result->definition.id, QStringLiteral("tthc-land"));
    QVERIFY(appendix.at(2).part);
    QCOMPARE(appendix.at(3).number, QStringLiteral("3"));
    for (const AppendixRow &each : appendix) {
        const IndicatorResult &expected = *each.result;
        const QStringList row = appendixRow(rows, each);
        QVERIFY2(!row.isEmpty(), qPrintable(appendixName(each, ReportLanguage::Vietnamese) +
                                            QStringLiteral(" not in\n") + text));
        QCOMPARE(row.at(0).trimmed(), each.number);
        QCOMPARE(row.at(2), expected.definition.lead.vi);
        QCOMPARE(row.at(3), QStringLiteral("Các cơ quan, đơn vị có liên quan"));
        QCOMPARE(asVietnamese(row.at(4)), VietnameseFormat::decimal(expected.definition.target));
        QCOMPARE(row.at(5).isEmpty() ? QStringLiteral("—") : asVietnamese(row.at(5)),
                 expectedRate(expected));
        const auto number = [grouped](QString cell) {
            if (grouped)
                cell.remove(QLatin1Char(','));
            return cell.toLongLong();
        };
        QCOMPARE(number(row.at(6)), expected.n);
        QCOMPARE(number(row.at(7)), expected.satisfied);
        QCOMPARE(row.at(8), VietnameseFormat::interval(expected.ciLow, expected.ciHigh));
        QCOMPARE(row.at(9), verdictWord(expected, true, ReportLanguage::Vietnamese));
    }
    QCOMPARE(appendixRow(rows, appendix.at(1)).at(2),
             QStringLiteral("Trung tâm Phục vụ hành chính công"));
    QCOMPARE(appendixRow(rows, appendix.at(0)).at(2), QStringLiteral("Phòng Văn hóa – Xã hội"));
    QVERIFY(text.contains(QStringLiteral("Trong đó: Mức độ hài lòng")));
}

void ReportExportsTest::checkAnalysis(const QString &text)
{
    // A narrow PDF cell may wrap anywhere, even inside "Quý I/2025": compare without spaces.
    const QString words = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    const auto shows = [&words](QString expected) {
        return words.contains(expected.remove(QLatin1Char(' ')));
    };
    QVERIFY2(shows(QStringLiteral("So sánh với kỳ trước")), qPrintable(text));
    QVERIFY(shows(QStringLiteral("Kỳ trước: Quý IV/2025")));
    QVERIFY(shows(QStringLiteral("Cùng kỳ năm trước: Quý I/2025")));
    QVERIFY(shows(QStringLiteral("Lũy kế từ đầu năm: từ 15/12/2025 đến 14/03/2026")));
    // admin-service 190/200 = 95,0 against 180/200 = 90,0; TTHC 94,9 (cut) against 90,0.
    QVERIFY(shows(QStringLiteral("90,0 (200 phiếu)")));
    QVERIFY2(shows(QStringLiteral("+5,0")), qPrintable(text));
    QVERIFY(shows(QStringLiteral("+4,9")));
    QVERIFY(!shows(QStringLiteral("+5,1")));
    for (const QString &shown :
         {QStringLiteral("Hộ tịch"), QStringLiteral("Đất đai"), QStringLiteral("Bộ phận một cửa"),
          QStringLiteral("Chờ lâu"), QStringLiteral("Cán bộ tận tình"),
          QStringLiteral("Điều người dân chưa hài lòng"), QStringLiteral("Phải chờ quá lâu")})
        QVERIFY2(shows(shown), qPrintable(shown));
    // 115 of 120 is 95.83 %: cut to 95,8.
    QVERIFY(shows(QStringLiteral("95,8")));
    for (const QString &shown :
         {QStringLiteral("7. Hồ sơ"), QStringLiteral("Hồ sơ đã giải quyết (trả kết quả) trong kỳ"),
          QStringLiteral("380 (95,0 %)"), QStringLiteral("300 (75,0 %)"),
          QStringLiteral("210 (52,5 %)"), QStringLiteral("200 (đạt)"),
          QStringLiteral("95,0 % (200 phiếu)"), QStringLiteral("50,0 % (10 phiếu)")})
        QVERIFY2(shows(shown), qPrintable(shown));
    for (const QString &shown : {QStringLiteral("8. Phản ánh, kiến nghị của người dân"),
                                 QStringLiteral("Phản ánh tiếp nhận trong kỳ"),
                                 QStringLiteral("Trả lời đúng hạn (trong 5 ngày làm việc)"),
                                 QStringLiteral("9 (75,0 %)"), QStringLiteral("Chưa trả lời")})
        QVERIFY2(shows(shown), qPrintable(shown));
    for (const QString &shown :
         {QStringLiteral("9. Kết quả theo tiêu chí"), QStringLiteral("Tiêu chí"),
          QStringLiteral("Ông/Bà đánh giá thế nào về lần khám?"),
          QStringLiteral("Khả năng tiếp cận"), QStringLiteral("83,3"),
          QStringLiteral("Cơ sở vật chất"), QStringLiteral("Kết quả cung cấp dịch vụ"),
          QStringLiteral("87,5")})
        QVERIFY2(shows(shown), qPrintable(shown));
    for (const QString &code :
         {QStringLiteral("2026-Q1"), QStringLiteral("nd09"), QStringLiteral("not-met"),
          QStringLiteral("uncertain"), QStringLiteral("went-wrong"), QStringLiteral("cho-lau"),
          QStringLiteral("tiep-can")})
        QVERIFY2(!shows(code), qPrintable(code));
}

void ReportExportsTest::checkPdfForm(const QString &pdfPath)
{
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdfPath});
    QVERIFY(fonts.waitForFinished());
    const QStringList fontLines =
        QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n')).mid(2);
    int named = 0;
    for (const QString &line : fontLines) {
        if (line.trimmed().isEmpty())
            continue;
        ++named;
        // A subset embedded by LibreOffice is named "BAAAAA+LiberationSerif".
        static const QRegularExpression serif(QStringLiteral("^([A-Z]{6}\\+)?LiberationSerif"));
        QVERIFY2(serif.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
    }
    QVERIFY(named >= 2);

    const QString bboxPath = path(QStringLiteral("report-bbox.html"));
    QVERIFY(
        ExternalTool::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdfPath, bboxPath})
            .ok);
    const QString boxes = QString::fromUtf8(readFile(bboxPath));
    constexpr double point = 72.0 / 25.4; // points per millimetre
    static const QRegularExpression pageBox(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordBox(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"));
    int pages = 0;
    for (auto it = pageBox.globalMatch(boxes); it.hasNext(); ++pages) {
        const auto page = it.next();
        QVERIFY(qAbs(page.captured(1).toDouble() - 210 * point) < 1.5); // A4
        QVERIFY(qAbs(page.captured(2).toDouble() - 297 * point) < 1.5);
    }
    QVERIFY(pages >= 1);
    double left = 1e9, top = 1e9, right = 0, bottom = 0;
    for (auto it = wordBox.globalMatch(boxes); it.hasNext();) {
        const auto word = it.next();
        left = std::min(left, word.captured(1).toDouble());
        top = std::min(top, word.captured(2).toDouble());
        right = std::max(right, word.captured(3).toDouble());
        bottom = std::max(bottom, word.captured(4).toDouble());
    }
    // Left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm: nothing printed outside them,
    // and the text reaches close to the left and top ones.
    const QString found =
        QStringLiteral("text from %1,%2 to %3,%4 pt").arg(left).arg(top).arg(right).arg(bottom);
    // A word's box is its font's, a little wider and taller than the ink: half a millimetre
    // of slack.
    constexpr double slack = 0.5 * point;
    QVERIFY2(left >= 30 * point - slack && left <= 35 * point, qPrintable(found));
    QVERIFY2(top >= 20 * point - slack && top <= 25 * point, qPrintable(found));
    QVERIFY2(right <= (210 - 15) * point + slack, qPrintable(found));
    QVERIFY2(bottom <= (297 - 20) * point + slack, qPrintable(found));
}

void ReportExportsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Set to a folder to keep the exports for a look (the README's screenshots come from it).
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("HAILONG_KEEP_REPORTS"));
    if (!m_dir.autoRemove())
        qInfo() << "exports kept in" << m_dir.path();
    m_document = sampleDocument();
    QCOMPARE(m_document.indicators.size(), 5);
}

QByteArray ReportExportsTest::render(ReportFormat format)
{
    const Result<ReportFile> file = renderReport(m_document, format);
    if (!file) {
        qWarning() << file.error().message;
        return {};
    }
    return file.value().bytes;
}

void ReportExportsTest::formatCodesAreExact()
{
    QVERIFY(reportFormatFromCode(QStringLiteral("xlsx")) == ReportFormat::Xlsx);
    QVERIFY(reportFormatFromCode(QStringLiteral("pdf")) == ReportFormat::Pdf);
    QVERIFY(!reportFormatFromCode(QStringLiteral("XLSX")));
    QVERIFY(reportFormatFromCode(QStringLiteral("docx")) == ReportFormat::Docx);
    QVERIFY(!reportFormatFromCode(QStringLiteral("doc")));
    const Result<ReportFile> csv = renderReport(m_document, ReportFormat::Csv);
    QVERIFY(csv.ok());
    QCOMPARE(csv.value().fileName(m_document), QStringLiteral("hai-long-2026-Q1-nd09.csv"));
    QCOMPARE(csv.value().mimeType, QStringLiteral("text/csv; charset=utf-8"));
}

void ReportExportsTest::jsonCarriesTheCalculatorsNumbers()
{
    const QJsonObject json = QJsonDocument::fromJson(render(ReportFormat::Json)).object();
    QCOMPARE(
        json.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString(),
        QStringLiteral("2025-12-15"));
    const QJsonArray indicators = json.value(QStringLiteral("indicators")).toArray();
    QCOMPARE(indicators.size(), 5);
    for (int i = 0; i < indicators.size(); ++i) {
        const QJsonObject row = indicators.at(i).toObject();
        const IndicatorResult &expected = m_document.indicators.at(i);
        QCOMPARE(row.value(QStringLiteral("n")).toInteger(), expected.n);
        if (expected.rate)
            QCOMPARE(row.value(QStringLiteral("rate")).toDouble(), *expected.rate);
        else
            QVERIFY(row.value(QStringLiteral("rate")).isNull());
        QCOMPARE(row.value(QStringLiteral("status")).isNull(), expected.n == 0);
        const QJsonObject previous = row.value(QStringLiteral("previous")).toObject();
        QCOMPARE(previous.value(QStringLiteral("period")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("2025-Q4")));
        QCOMPARE(previous.value(QStringLiteral("n")).toInteger(), 200);
        QVERIFY(row.value(QStringLiteral("same_period_last_year"))
                    .toObject()
                    .value(QStringLiteral("rate"))
                    .isNull());
        QCOMPARE(row.value(QStringLiteral("year_to_date"))
                     .toObject()
                     .value(QStringLiteral("period"))
                     .toObject()
                     .value(QStringLiteral("from")),
                 QJsonValue(QStringLiteral("2025-12-15")));
        QCOMPARE(row.value(QStringLiteral("confidence")).isNull(), expected.n == 0);
    }
    QCOMPARE(json.value(QStringLiteral("reasons")).toArray().first().toObject(),
             (QJsonObject{{QStringLiteral("code"), QStringLiteral("cho-lau")},
                          {QStringLiteral("text"), QStringLiteral("Chờ lâu")},
                          {QStringLiteral("kind"), QStringLiteral("went-wrong")},
                          {QStringLiteral("count"), 7}}));
    QCOMPARE(json.value(QStringLiteral("by_field")).toArray().size(), 2);
    const QJsonArray criteria = json.value(QStringLiteral("criteria")).toArray();
    QCOMPARE(criteria.size(), 3);
    QCOMPARE(
        criteria.at(0).toObject(),
        (QJsonObject{{QStringLiteral("survey"), QStringLiteral("y-te")},
                     {QStringLiteral("survey_title"),
                      QStringLiteral("Ông/Bà đánh giá thế nào về lần khám?")},
                     {QStringLiteral("survey_title_en"), QStringLiteral("How was your visit?")},
                     {QStringLiteral("code"), QStringLiteral("tiep-can")},
                     {QStringLiteral("label"), QStringLiteral("Khả năng tiếp cận")},
                     {QStringLiteral("label_en"), QStringLiteral("Access to care")},
                     {QStringLiteral("n"), 12},
                     {QStringLiteral("satisfied"), 10},
                     {QStringLiteral("rate"), 1000.0 / 12}}));
    QVERIFY(criteria.at(1)[QStringLiteral("rate")].isNull());
    QCOMPARE(json.value(QStringLiteral("by_unit"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("kind")),
             QJsonValue(QStringLiteral("admin")));
    QCOMPARE(json.value(QStringLiteral("comments")).toArray().size(), 1);
    const QJsonObject dossiers = json.value(QStringLiteral("dossiers")).toObject();
    QCOMPARE(dossiers.value(QStringLiteral("handled")).toInteger(), 400);
    QCOMPARE(dossiers.value(QStringLiteral("rated")).toInteger(), 210);
    QCOMPARE(dossiers.value(QStringLiteral("response_rate")).toDouble(), 52.5);
    QCOMPARE(dossiers.value(QStringLiteral("sample_needed")).toInteger(), 200);
    const QJsonObject cases = json.value(QStringLiteral("cases")).toObject();
    QCOMPARE(cases.value(QStringLiteral("received")).toInteger(), 12);
    QCOMPARE(cases.value(QStringLiteral("answered_in_time")).toInteger(), 9);
    QCOMPARE(cases.value(QStringLiteral("open")).toInteger(), 2);
    QVERIFY(dossiers.value(QStringLiteral("sample_reached")).toBool());
    QVERIFY(json.value(QStringLiteral("closed")).isNull());
    QVERIFY(json.value(QStringLiteral("late")).isNull());
    QCOMPARE(json.value(QStringLiteral("trend"))
                 .toObject()
                 .value(QStringLiteral("admin-service"))
                 .toArray()
                 .size(),
             4);
}

void ReportExportsTest::csvHasBomCrlfAndVietnameseHeader()
{
    const QByteArray bytes = render(ReportFormat::Csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n")); // every line ends in CRLF
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.contains(
        QStringLiteral("STT,Chỉ tiêu,Cơ quan chủ trì,Cơ quan phối hợp,Chỉ tiêu kế hoạch (%),"
                       "Kết quả thực hiện (%),Số phiếu,Số phiếu hài lòng,"
                       "Khoảng tin cậy 95 %,Đánh giá (Đạt / Không đạt)")));
    QVERIFY(text.contains(QStringLiteral("UBND xã Tân Hòa")));
    QVERIFY(text.contains(QStringLiteral("Quý I/2026 từ 15/12/2025 đến 14/03/2026")));
    // Words only: no period or rule codes in a Vietnamese document.
    QVERIFY2(!text.contains(QStringLiteral("2026-Q1")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("nd09")));
    QVERIFY(text.contains(QStringLiteral("\"94,9\",1999,1899")));
    QVERIFY(text.contains(QStringLiteral("Chưa có phiếu")));
    QVERIFY(!text.contains(QStringLiteral("Số liệu tính đến")));
}

void ReportExportsTest::runningPeriodIsProgressNotVerdict()
{
    // Made on 10/02/2026, inside 2026-Q1 (nd09: to 14/03/2026): the figures run to that day
    // and a rate under its target is "Chưa đạt", not "Không đạt".
    ReportDocument document = m_document;
    document.generatedAt = QDateTime(QDate(2026, 2, 10), QTime(16, 0), centreTimeZone());
    QVERIFY(!document.periodComplete());
    QCOMPARE(document.dataUntil(), QDate(2026, 2, 10));
    const QString csv = QString::fromUtf8(renderReport(document, ReportFormat::Csv).value().bytes);
    QVERIFY2(csv.contains(QStringLiteral("Số liệu tính đến ngày 10/02/2026")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("Chưa đạt")));
    QVERIFY(!csv.contains(QStringLiteral("Không đạt\"")));
    const QJsonObject period =
        QJsonDocument::fromJson(renderReport(document, ReportFormat::Json).value().bytes)
            .object()
            .value(QStringLiteral("period"))
            .toObject();
    QCOMPARE(period.value(QStringLiteral("complete")).toBool(true), false);
    QCOMPARE(period.value(QStringLiteral("data_until")).toString(), QStringLiteral("2026-02-10"));
    const QJsonObject done = QJsonDocument::fromJson(render(ReportFormat::Json)).object();
    QCOMPARE(done.value(QStringLiteral("period")).toObject().value(QStringLiteral("complete")),
             QJsonValue(true));
}

void ReportExportsTest::csvOpensInLibreOfficeWithDiacritics()
{
    // A citizen's comment written as a formula stays the citizen's text in a spreadsheet.
    ReportDocument document = m_document;
    document.comments.append({document.comments.first().createdAt, 2, QStringLiteral("=1+1"),
                              document.comments.first().field});
    const QString csvPath = path(QStringLiteral("csv-in/report.csv"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("csv-in"))));
    QVERIFY(writeFile(csvPath, renderReport(document, ReportFormat::Csv).value().bytes));

    // Open the CSV as a spreadsheet (comma, double quote, UTF-8), save it as XLSX, then
    // read that XLSX back as CSV: what survives both steps is what a user sees.
    const QString xlsxDir = path(QStringLiteral("csv-as-xlsx"));
    ExternalTool::Outcome step = ExternalTool::libreOfficeConvert(
        profile(), csvPath, QStringLiteral("xlsx"), xlsxDir, QStringLiteral("CSV:44,34,76,1"));
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    const QString backDir = path(QStringLiteral("csv-back"));
    step = ExternalTool::libreOfficeConvert(
        profile(), xlsxDir + QStringLiteral("/report.xlsx"),
        QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), backDir);
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    const QString text = QString::fromUtf8(readFile(backDir + QStringLiteral("/report.csv")));
    const QList<QStringList> rows = parseCsv(text);

    QVERIFY2(text.contains(QStringLiteral("Cơ quan chủ trì")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Đánh giá (Đạt / Không đạt)")));
    compareAppendix(rows, text, false);
    checkAnalysis(text);
    QVERIFY2(text.contains(QStringLiteral("=1+1")), qPrintable(text));
}

void ReportExportsTest::xlsxReadBackByLibreOfficeEqualsCalculator()
{
    const QString xlsxPath = path(QStringLiteral("xlsx/report.xlsx"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("xlsx"))));
    const QByteArray bytes = render(ReportFormat::Xlsx);
    QVERIFY(bytes.startsWith("PK"));
    QVERIFY(writeFile(xlsxPath, bytes));

    const QString outDir = path(QStringLiteral("xlsx-as-csv"));
    const ExternalTool::Outcome step = ExternalTool::libreOfficeConvert(
        profile(), xlsxPath, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), outDir);
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    const QString text = QString::fromUtf8(readFile(outDir + QStringLiteral("/report.csv")));
    const QList<QStringList> rows = parseCsv(text);

    QVERIFY2(text.contains(QStringLiteral("UBND xã Tân Hòa")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("BÁO CÁO KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG")));
    QVERIFY(text.contains(QStringLiteral("Quý I/2026, từ 15/12/2025 đến 14/03/2026")));
    compareAppendix(rows, text, true);
    checkAnalysis(text);
}

void ReportExportsTest::pdfReadBackByPdftotextEqualsCalculator()
{
    const QString pdfPath = path(QStringLiteral("report.pdf"));
    const QByteArray bytes = render(ReportFormat::Pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(writeFile(pdfPath, bytes));
    const QString textPath = path(QStringLiteral("report.txt"));
    const ExternalTool::Outcome step = ExternalTool::run(
        QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, textPath});
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    const QString text = QString::fromUtf8(readFile(textPath));

    // The head of an administrative document (Nghị định 30/2020/NĐ-CP).
    QVERIFY2(text.contains(QStringLiteral("UBND XÃ TÂN HÒA")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TRUNG TÂM PHỤC VỤ"))); // wraps in its column
    QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    QVERIFY(text.contains(QStringLiteral("Số: …/BC-TTPVHCC")));
    QVERIFY(text.contains(QStringLiteral("Tân Hòa, ngày 20 tháng 03 năm 2026")));
    QVERIFY(text.contains(QStringLiteral("BÁO CÁO")));
    QVERIFY(text.contains(QStringLiteral("Kết quả đo lường sự hài lòng của người dân, tổ chức Quý "
                                         "I/2026")));
    QVERIFY(text.contains(QStringLiteral("Kiến nghị, đề xuất")));
    QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
    QVERIFY(text.contains(QStringLiteral("GIÁM ĐỐC")));
    QVERIFY(text.contains(QStringLiteral("Quý I/2026, từ 15/12/2025 đến 14/03/2026")));
    QVERIFY(text.contains(QStringLiteral("Nghị định 09/2019/NĐ-CP")));
    QVERIFY(text.contains(QStringLiteral("Lập lúc 20/03/2026 09:30")));
    QVERIFY(text.contains(QStringLiteral("Trang 1/")));
    // The appendix table lists each indicator's numbers in STT order, on one line each
    // with its interval and status word.
    // The empty row's verdict wraps in its narrow cell: compare the words, not the lines.
    QVERIFY2(text.simplified().contains(QStringLiteral("Chưa có")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("2026-Q1")));
    // Cells wrap over lines: the analysis is read in reading order, without -layout.
    const QString flowPath = path(QStringLiteral("report-flow.txt"));
    QVERIFY(ExternalTool::run(QStringLiteral("pdftotext"), {pdfPath, flowPath}).ok);
    checkAnalysis(QString::fromUtf8(readFile(flowPath)));
    qsizetype from = 0;
    for (const IndicatorResult &expected : m_document.indicators) {
        if (!expected.rate)
            continue;
        const QString interval = VietnameseFormat::interval(expected.ciLow, expected.ciHigh);
        const qsizetype at = text.indexOf(interval, from);
        QVERIFY2(at >= 0, qPrintable(interval + QStringLiteral(" not in\n") + text));
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
        const QString line = text.mid(lineStart, text.indexOf(QLatin1Char('\n'), at) - lineStart);
        QVERIFY2(line.contains(expectedRate(expected)), qPrintable(line));
        QVERIFY2(line.contains(VietnameseFormat::count(expected.n)), qPrintable(line));
        QVERIFY2(line.contains(verdictWord(expected, true, ReportLanguage::Vietnamese)),
                 qPrintable(line));
        from = at + interval.size();
    }
    checkPdfForm(pdfPath);
    // The chart is ChartSvg's, as on the dashboard; Qt draws its words as outlines, so
    // only its heading is text here (the README's screenshot shows the chart itself).
    QVERIFY(text.contains(QStringLiteral("Biểu đồ kết quả so với chỉ tiêu")));
}

void ReportExportsTest::docxReadBackByLibreOfficeEqualsCalculator()
{
    const QString docxPath = path(QStringLiteral("docx/report.docx"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("docx"))));
    // A closed period, so the closing note is printed as the PDF prints it.
    ReportDocument closed = m_document;
    closed.closed = PeriodClosing{QDateTime(QDate(2026, 3, 16), QTime(8, 0), centreTimeZone()),
                                  QStringLiteral("truongphong")};
    closed.late = LateArrivals{3, 2};
    const Result<ReportFile> file = renderReport(closed, ReportFormat::Docx);
    QVERIFY(file.ok());
    const QByteArray bytes = file.value().bytes;
    QVERIFY(bytes.startsWith("PK"));
    QVERIFY(writeFile(docxPath, bytes));

    // Word's text as LibreOffice Writer reads it.
    const QString textDir = path(QStringLiteral("docx-as-text"));
    ExternalTool::Outcome step = ExternalTool::libreOfficeConvert(
        profile(), docxPath, QStringLiteral("txt:Text (encoded):UTF8"), textDir);
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    const QString text = QString::fromUtf8(readFile(textDir + QStringLiteral("/report.txt")));
    for (const QString &shown :
         {QStringLiteral("UBND XÃ TÂN HÒA"), QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
          QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: …/BC-TTPVHCC"),
          QStringLiteral("Tân Hòa, ngày 20 tháng 03 năm 2026"), QStringLiteral("BÁO CÁO"),
          QStringLiteral("Kiến nghị, đề xuất"), QStringLiteral("Nơi nhận:"),
          QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Trong đó: Mức độ hài lòng"),
          QStringLiteral("Số liệu đã chốt lúc 16/03/2026 08:00, người chốt: truongphong."),
          QStringLiteral("Phiếu đến sau khi chốt"),
          QStringLiteral("Biểu đồ kết quả so với chỉ tiêu"),
          QStringLiteral("Diễn biến tỷ lệ hài lòng trong kỳ")})
        QVERIFY2(text.contains(shown), qPrintable(shown + QStringLiteral(" not in\n") + text));
    // Each appendix row's figures, in the table's order.
    qsizetype from = 0;
    for (const AppendixRow &row : m_document.appendixRows()) {
        const IndicatorResult &expected = *row.result;
        const qsizetype at = text.indexOf(appendixName(row, ReportLanguage::Vietnamese), from);
        QVERIFY2(at >= 0, qPrintable(appendixName(row, ReportLanguage::Vietnamese)));
        const QString rest = text.mid(at, 400);
        QVERIFY2(rest.contains(expectedRate(expected)), qPrintable(rest));
        QVERIFY(rest.contains(VietnameseFormat::count(expected.n)));
        QVERIFY(rest.contains(verdictWord(expected, true, ReportLanguage::Vietnamese)));
        from = at + 1;
    }
    checkAnalysis(text);

    // Laid out by LibreOffice: A4, the margins of Nghị định 30, a Times New Roman-like serif.
    const QString pdfDir = path(QStringLiteral("docx-as-pdf"));
    step = ExternalTool::libreOfficeConvert(profile(), docxPath, QStringLiteral("pdf"), pdfDir);
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    checkPdfForm(pdfDir + QStringLiteral("/report.pdf"));
    // The two charts are pictures Writer laid out on the page.
    QProcess images;
    images.start(QStringLiteral("pdfimages"),
                 {QStringLiteral("-list"), pdfDir + QStringLiteral("/report.pdf")});
    QVERIFY(images.waitForFinished());
    const QStringList listed =
        QString::fromUtf8(images.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QVERIFY2(listed.mid(2).size() >= 2, qPrintable(listed.join(QLatin1Char('\n'))));
}

void ReportExportsTest::englishReportSpeaksEnglishInEveryFormat()
{
    ReportDocument document = m_document;
    document.language = ReportLanguage::English;
    document.byField[0].name.en = QStringLiteral("Civil status");
    document.reasons[0].text.en = QStringLiteral("Long wait");
    const QString dir = path(QStringLiteral("en"));
    QVERIFY(QDir().mkpath(dir));
    const auto written = [&](ReportFormat format) {
        const Result<ReportFile> file = renderReport(document, format);
        const QString name = dir + QStringLiteral("/report.") + reportFormatCode(format);
        return file.ok() && writeFile(name, file.value().bytes) ? name : QString();
    };

    const QJsonObject json =
        QJsonDocument::fromJson(readFile(written(ReportFormat::Json))).object();
    QCOMPARE(json.value(QStringLiteral("reasons"))[0][QStringLiteral("text")].toString(),
             QStringLiteral("Long wait"));
    QCOMPARE(json.value(QStringLiteral("by_field"))[0][QStringLiteral("name")].toString(),
             QStringLiteral("Civil status"));

    // Each format as its reader sees it: the CSV as written, the XLSX and DOCX through
    // LibreOffice, the PDF through pdftotext. Cells wrap anywhere: compare without spaces.
    QMap<QString, QString> read;
    read.insert(QStringLiteral("csv"), QString::fromUtf8(readFile(written(ReportFormat::Csv))));
    ExternalTool::Outcome step = ExternalTool::libreOfficeConvert(
        profile(), written(ReportFormat::Xlsx),
        QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1"), dir);
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    read.insert(QStringLiteral("xlsx"), QString::fromUtf8(readFile(dir + "/report.csv")));
    step = ExternalTool::libreOfficeConvert(profile(), written(ReportFormat::Docx),
                                            QStringLiteral("txt:Text (encoded):UTF8"), dir);
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    read.insert(QStringLiteral("docx"), QString::fromUtf8(readFile(dir + "/report.txt")));
    step = ExternalTool::run(QStringLiteral("pdftotext"),
                             {written(ReportFormat::Pdf), dir + QStringLiteral("/pdf.txt")});
    QVERIFY2(step.ok, qPrintable(step.diagnostics));
    read.insert(QStringLiteral("pdf"), QString::fromUtf8(readFile(dir + "/pdf.txt")));

    const QStringList everywhere = {QStringLiteral("Quarter I/2026"),
                                    QStringLiteral("from 15/12/2025 to 14/03/2026"),
                                    QStringLiteral("Decree 09/2019/ND-CP"),
                                    QStringLiteral("Lead agency"),
                                    QStringLiteral("Of which: Satisfaction"),
                                    QStringLiteral("Not met"),
                                    QStringLiteral("No ratings yet"),
                                    QStringLiteral("Previous: Quarter IV/2025"),
                                    QStringLiteral("Same period last year: Quarter I/2025"),
                                    QStringLiteral("By service field"),
                                    QStringLiteral("Civil status"),
                                    QStringLiteral("Long wait"),
                                    QStringLiteral("What went wrong"),
                                    QStringLiteral("Citizens' comments"),
                                    QStringLiteral("Answered in time (within 5 working days)"),
                                    QStringLiteral("9. By criterion"),
                                    QStringLiteral("How was your visit?"),
                                    QStringLiteral("Access to care"),
                                    QStringLiteral("Result of the care")};
    const QStringList documents = {QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM"),
                                   QStringLiteral("No.: …/BC-TTPVHCC"),
                                   QStringLiteral("Tân Hòa, 20 March 2026"),
                                   QStringLiteral("REPORT"),
                                   QStringLiteral("Results against the targets"),
                                   QStringLiteral("Recommendations"),
                                   QStringLiteral("Recipients:"),
                                   QStringLiteral("DIRECTOR")};
    const QStringList vietnamese = {
        QStringLiteral("Kỳ báo cáo"),      QStringLiteral("Quý"),      QStringLiteral("Nghị định"),
        QStringLiteral("Cơ quan chủ trì"), QStringLiteral("Trong đó"), QStringLiteral("Đạt"),
        QStringLiteral("Chưa có phiếu"),   QStringLiteral("So sánh"),  QStringLiteral("Kỳ trước"),
        QStringLiteral("Kết quả"),         QStringLiteral("Lý do"),    QStringLiteral("Ý kiến"),
        QStringLiteral("Kiến nghị"),       QStringLiteral("Nơi nhận"), QStringLiteral("BÁO CÁO"),
        QStringLiteral("CỘNG HÒA"),        QStringLiteral("UBND"),     QStringLiteral("GIÁM ĐỐC"),
        QStringLiteral("Số phiếu"),        QStringLiteral("Biểu đồ")};
    const auto squeezed = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    for (auto it = read.cbegin(); it != read.cend(); ++it) {
        const QString words = squeezed(it.value());
        QStringList expected = everywhere;
        if (it.key() == QLatin1String("pdf") || it.key() == QLatin1String("docx"))
            expected << documents;
        for (const QString &shown : expected)
            QVERIFY2(words.contains(squeezed(shown)),
                     qPrintable(it.key() + QStringLiteral(": no ") + shown));
        for (const QString &hidden : vietnamese)
            QVERIFY2(!words.contains(squeezed(hidden), Qt::CaseInsensitive),
                     qPrintable(it.key() + QStringLiteral(": ") + hidden));
    }
}

void ReportExportsTest::xlsxRefusesWhatExcelCannotHold()
{
    // An Excel cell holds at most 32 767 characters: the export says so instead of
    // handing out a workbook with a missing cell.
    ReportDocument document = m_document;
    document.indicators[0].definition.name.vi = QString(40000, QLatin1Char('x'));
    const Result<ReportFile> file = renderReport(document, ReportFormat::Xlsx);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, QStringLiteral("report-failed"));
}

QTEST_MAIN(ReportExportsTest)
#include "tst_report_exports.moc"
