#include "DocxReportWriter.h"

#include "ClosingNote.h"
#include "ReportCharts.h"
#include "ReportHeadings.h"
#include "ReportIssuer.h"
#include "ReportTables.h"
#include "VietnameseFormat.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamWriter>
#include <memory>
#include <zip.h>

namespace hailong {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kWp =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString kA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString kPic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
const QString kR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// Word measures sizes in half-points and lengths in twentieths of a point (56.7 per mm).
constexpr int twipsPerMm = 1440 * 10 / 254;
// A4 less the 30 mm and 15 mm side margins.
constexpr int textWidth = (210 - 30 - 15) * twipsPerMm;
// Pictures are sized in English Metric Units.
constexpr qint64 emuPerMm = 36000;
// A chart spans the text width at about 250 dpi.
constexpr int chartPixels = 1600;

// A chart to put in word/media, and the relationship the document names it by.
struct Picture
{
    QString relationship; // "rIdChart1"
    QString part;         // "media/chart1.png", relative to word/
    QByteArray png;
};

// How a table is set: its columns' shares of the text width, ruled or not (the head and the
// signature block are not), and whether its cells are centred and bold.
struct TableStyle
{
    QList<double> fractions;
    int points = 10;
    bool ruled = true;
    bool centred = false;
    bool bold = false;
};

struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    int points = 13;
};

class DocumentXml
{
public:
    DocumentXml()
        : m_xml(&m_bytes)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeNamespace(kW, QStringLiteral("w"));
        m_xml.writeNamespace(kWp, QStringLiteral("wp"));
        m_xml.writeNamespace(kA, QStringLiteral("a"));
        m_xml.writeNamespace(kPic, QStringLiteral("pic"));
        m_xml.writeNamespace(kR, QStringLiteral("r"));
        m_xml.writeStartElement(kW, QStringLiteral("document"));
        m_xml.writeStartElement(kW, QStringLiteral("body"));
    }

    // `keepWithNext`: a heading stays on the page of what it heads.
    void paragraph(const QList<Run> &runs, const QString &align = QStringLiteral("left"),
                   bool keepWithNext = false)
    {
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        m_xml.writeStartElement(kW, QStringLiteral("pPr"));
        if (keepWithNext)
            m_xml.writeEmptyElement(kW, QStringLiteral("keepNext"));
        m_xml.writeEmptyElement(kW, QStringLiteral("jc"));
        m_xml.writeAttribute(kW, QStringLiteral("val"), align);
        m_xml.writeEndElement();
        for (const Run &run : runs)
            writeRun(run);
        m_xml.writeEndElement();
    }
    void paragraph(const Run &run, const QString &align = QStringLiteral("left"),
                   bool keepWithNext = false)
    {
        paragraph(QList<Run>{run}, align, keepWithNext);
    }

    void table(const QStringList &headers, const QList<QStringList> &rows, const TableStyle &style)
    {
        m_xml.writeStartElement(kW, QStringLiteral("tbl"));
        m_xml.writeStartElement(kW, QStringLiteral("tblPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("tblW"));
        m_xml.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("5000"));
        m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("pct"));
        if (style.ruled) {
            m_xml.writeStartElement(kW, QStringLiteral("tblBorders"));
            for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                m_xml.writeEmptyElement(kW, QLatin1String(side));
                m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
                m_xml.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("4"));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (const double fraction : style.fractions) {
            m_xml.writeEmptyElement(kW, QStringLiteral("gridCol"));
            m_xml.writeAttribute(kW, QStringLiteral("w"),
                                 QString::number(int(fraction * textWidth)));
        }
        m_xml.writeEndElement();
        if (!headers.isEmpty())
            row(headers, style, true);
        for (const QStringList &cells : rows)
            row(cells, style, false);
        m_xml.writeEndElement();
    }

    // A picture in a centred paragraph of its own, `widthMm` wide, its height kept in
    // proportion to `pixels`.
    void picture(const Picture &picture, const QSize &pixels, double widthMm)
    {
        const qint64 cx = qint64(widthMm * emuPerMm);
        const qint64 cy = cx * pixels.height() / pixels.width();
        const QString id = QString::number(++m_pictures);
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        m_xml.writeStartElement(kW, QStringLiteral("pPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("jc"));
        m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("center"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(kW, QStringLiteral("r"));
        m_xml.writeStartElement(kW, QStringLiteral("drawing"));
        m_xml.writeStartElement(kWp, QStringLiteral("inline"));
        for (const char *distance : {"distT", "distB", "distL", "distR"})
            m_xml.writeAttribute(QLatin1String(distance), QStringLiteral("0"));
        m_xml.writeEmptyElement(kWp, QStringLiteral("extent"));
        m_xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        m_xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        m_xml.writeEmptyElement(kWp, QStringLiteral("docPr"));
        m_xml.writeAttribute(QStringLiteral("id"), id);
        m_xml.writeAttribute(QStringLiteral("name"), picture.part);
        m_xml.writeStartElement(kA, QStringLiteral("graphic"));
        m_xml.writeStartElement(kA, QStringLiteral("graphicData"));
        m_xml.writeAttribute(QStringLiteral("uri"), kPic);
        m_xml.writeStartElement(kPic, QStringLiteral("pic"));
        m_xml.writeStartElement(kPic, QStringLiteral("nvPicPr"));
        m_xml.writeEmptyElement(kPic, QStringLiteral("cNvPr"));
        m_xml.writeAttribute(QStringLiteral("id"), id);
        m_xml.writeAttribute(QStringLiteral("name"), picture.part);
        m_xml.writeEmptyElement(kPic, QStringLiteral("cNvPicPr"));
        m_xml.writeEndElement(); // nvPicPr
        m_xml.writeStartElement(kPic, QStringLiteral("blipFill"));
        m_xml.writeEmptyElement(kA, QStringLiteral("blip"));
        m_xml.writeAttribute(kR, QStringLiteral("embed"), picture.relationship);
        m_xml.writeStartElement(kA, QStringLiteral("stretch"));
        m_xml.writeEmptyElement(kA, QStringLiteral("fillRect"));
        m_xml.writeEndElement(); // stretch
        m_xml.writeEndElement(); // blipFill
        m_xml.writeStartElement(kPic, QStringLiteral("spPr"));
        m_xml.writeStartElement(kA, QStringLiteral("xfrm"));
        m_xml.writeEmptyElement(kA, QStringLiteral("off"));
        m_xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        m_xml.writeEmptyElement(kA, QStringLiteral("ext"));
        m_xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        m_xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        m_xml.writeEndElement(); // xfrm
        m_xml.writeStartElement(kA, QStringLiteral("prstGeom"));
        m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        m_xml.writeEmptyElement(kA, QStringLiteral("avLst"));
        m_xml.writeEndElement(); // prstGeom
        m_xml.writeEndElement(); // spPr
        m_xml.writeEndElement(); // pic
        m_xml.writeEndElement(); // graphicData
        m_xml.writeEndElement(); // graphic
        m_xml.writeEndElement(); // inline
        m_xml.writeEndElement(); // drawing
        m_xml.writeEndElement(); // r
        m_xml.writeEndElement(); // p
    }

    QByteArray finish()
    {
        // A4 portrait; top and bottom 20 mm, left 30 mm, right 15 mm.
        m_xml.writeStartElement(kW, QStringLiteral("sectPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("pgSz"));
        m_xml.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("11906"));
        m_xml.writeAttribute(kW, QStringLiteral("h"), QStringLiteral("16838"));
        m_xml.writeEmptyElement(kW, QStringLiteral("pgMar"));
        m_xml.writeAttribute(kW, QStringLiteral("top"), QString::number(20 * twipsPerMm));
        m_xml.writeAttribute(kW, QStringLiteral("bottom"), QString::number(20 * twipsPerMm));
        m_xml.writeAttribute(kW, QStringLiteral("left"), QString::number(30 * twipsPerMm));
        m_xml.writeAttribute(kW, QStringLiteral("right"), QString::number(15 * twipsPerMm));
        m_xml.writeAttribute(kW, QStringLiteral("header"), QStringLiteral("567"));
        m_xml.writeAttribute(kW, QStringLiteral("footer"), QStringLiteral("567"));
        m_xml.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // body
        m_xml.writeEndElement(); // document
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    void writeRun(const Run &run)
    {
        const QStringList lines = run.text.split(QLatin1Char('\n'));
        m_xml.writeStartElement(kW, QStringLiteral("r"));
        m_xml.writeStartElement(kW, QStringLiteral("rPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("rFonts"));
        // Word's name for the serif Nghị định 30 asks for; LibreOffice shows Liberation Serif.
        for (const char *slot : {"ascii", "hAnsi", "cs"})
            m_xml.writeAttribute(kW, QLatin1String(slot), QStringLiteral("Times New Roman"));
        if (run.bold)
            m_xml.writeEmptyElement(kW, QStringLiteral("b"));
        if (run.italic)
            m_xml.writeEmptyElement(kW, QStringLiteral("i"));
        m_xml.writeEmptyElement(kW, QStringLiteral("sz"));
        m_xml.writeAttribute(kW, QStringLiteral("val"), QString::number(run.points * 2));
        m_xml.writeEndElement();
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(kW, QStringLiteral("br"));
            m_xml.writeStartElement(kW, QStringLiteral("t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(lines.at(i));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void row(const QStringList &cells, const TableStyle &style, bool header)
    {
        m_xml.writeStartElement(kW, QStringLiteral("tr"));
        for (int c = 0; c < cells.size(); ++c) {
            m_xml.writeStartElement(kW, QStringLiteral("tc"));
            m_xml.writeStartElement(kW, QStringLiteral("tcPr"));
            m_xml.writeEmptyElement(kW, QStringLiteral("tcW"));
            m_xml.writeAttribute(kW, QStringLiteral("w"),
                                 QString::number(int(style.fractions.value(c) * textWidth)));
            m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
            m_xml.writeEndElement();
            const bool centred = header || style.centred || c > 1;
            paragraph(Run{cells.at(c), header || style.bold, false, style.points},
                      centred ? QStringLiteral("center") : QStringLiteral("left"));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    int m_pictures = 0;
};

// The PNG of a chart, or empty when it cannot be drawn.
QByteArray pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return png;
}

// The document's XML; the charts it shows are added to `pictures`.
QByteArray documentXml(const ReportDocument &document, QList<Picture> &pictures)
{
    const ReportIssuer issuer =
        document.issuer.body.isEmpty()
            ? ReportIssuer::fromCentre({}, document.communeName, document.language)
            : document.issuer;
    const ReportHeadings words(document.language);
    const QDate day = document.generatedAt.toTimeZone(centreTimeZone()).date();
    DocumentXml xml;
    // The head: two columns without rules, as in the PDF.
    const QString left = issuer.superior.toUpper() + QLatin1Char('\n') + issuer.body.toUpper() +
                         QStringLiteral("\n\n") + words.numberLine(issuer);
    const QString right = words.nation() + QLatin1Char('\n') + words.motto() +
                          QStringLiteral("\n\n") + words.dateLine(issuer, day);
    xml.table({}, {{left, right}}, {{0.42, 0.58}, 13, false, true, true});
    xml.paragraph(Run{QString()});
    xml.paragraph(Run{words.documentKind(), true, false, 14}, QStringLiteral("center"));
    xml.paragraph(Run{words.subject(document.period), true, false, 14}, QStringLiteral("center"));
    xml.paragraph(Run{words.periodLine(document.period)}, QStringLiteral("center"));
    xml.paragraph(Run{words.ruleLine(document.period.rule()), false, true},
                  QStringLiteral("center"));
    const QString dataUntil = words.dataUntilLine(document);
    if (!dataUntil.isEmpty())
        xml.paragraph(Run{dataUntil, true}, QStringLiteral("center"));

    xml.paragraph(Run{words.indicatorsSection(), true});
    QList<QStringList> appendix;
    for (const AppendixRow &row : document.appendixRows())
        appendix << appendixCells(row, document);
    xml.table(appendixHeaders(words), appendix, {appendixWidths()});
    for (const QString &line : closingNote(document))
        xml.paragraph(Run{line, true});
    const QList<ReportTable> tables = analysisTables(document);
    for (const ReportTable &table : tables) {
        xml.paragraph(Run{table.title, true});
        QList<QStringList> rows = table.rows;
        if (rows.isEmpty()) {
            QStringList empty(table.headers.size(), QString());
            empty[0] = table.emptyText;
            rows << empty;
        }
        xml.table(table.headers, rows, {table.widths});
    }
    qsizetype number = tables.size() + 1;
    for (const ReportChart &chart : reportCharts(document)) {
        const QImage image = chartPicture(chart.svg, chartPixels);
        const QByteArray png = pngOf(image);
        if (png.isEmpty())
            continue;
        const QString name = QStringLiteral("chart%1").arg(pictures.size() + 1);
        pictures << Picture{QStringLiteral("rId") + name, QStringLiteral("media/%1.png").arg(name),
                            png};
        xml.paragraph(Run{QStringLiteral("%1. %2").arg(++number).arg(chart.title), true},
                      QStringLiteral("left"), true);
        xml.picture(pictures.last(), image.size(), 210 - 30 - 15);
    }
    xml.paragraph(Run{QStringLiteral("%1. %2").arg(++number).arg(words.recommendations()), true});
    xml.paragraph(Run{QStringLiteral("\n\n")});
    xml.table({},
              {{words.recipientsLabel() + QLatin1Char('\n') + words.recipients(issuer),
                issuer.signerTitle.toUpper() + QStringLiteral("\n\n\n\n") + issuer.signerName}},
              {{0.45, 0.55}, 13, false, false, true});
    return xml.finish();
}

const QByteArray kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
const QByteArray kRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";

// word/_rels/document.xml.rels: where the document finds its pictures.
QByteArray pictureRelationships(const QList<Picture> &pictures)
{
    QByteArray xml(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)");
    for (const Picture &picture : pictures)
        xml +=
            QStringLiteral(
                R"(<Relationship Id="%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="%2"/>)")
                .arg(picture.relationship, picture.part)
                .toUtf8();
    return xml + "</Relationships>";
}

struct ArchiveDiscarder
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

ValidationError failed(const QString &message)
{
    return {QStringLiteral("report-failed"), QStringLiteral("docx: ") + message};
}

} // namespace

Result<QByteArray> DocxReportWriter::write(const ReportDocument &document)
{
    const QTemporaryDir dir;
    if (!dir.isValid())
        return failed(QStringLiteral("no temporary folder"));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("report.docx")));
    int error = 0;
    std::unique_ptr<zip_t, ArchiveDiscarder> archive(
        zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!archive)
        return failed(QStringLiteral("libzip could not start the file (%1)").arg(error));
    // libzip reads the buffers when the archive is closed: they live until then.
    QList<Picture> pictures;
    const QByteArray body = documentXml(document, pictures);
    const QByteArray bodyRelationships = pictureRelationships(pictures);
    QList<QPair<QByteArray, const QByteArray *>> parts = {
        {"[Content_Types].xml", &kContentTypes},
        {"_rels/.rels", &kRelationships},
        {"word/document.xml", &body},
        {"word/_rels/document.xml.rels", &bodyRelationships}};
    for (const Picture &picture : pictures)
        parts << qMakePair(QByteArray("word/") + picture.part.toUtf8(), &picture.png);
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source =
            zip_source_buffer(archive.get(), bytes->constData(), zip_uint64_t(bytes->size()), 0);
        if (!source ||
            zip_file_add(archive.get(), name.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            return failed(QString::fromUtf8(zip_strerror(archive.get())));
        }
    }
    if (zip_close(archive.get()) != 0)
        return failed(QString::fromUtf8(zip_strerror(archive.get())));
    archive.release();
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    return file.readAll();
}

} // namespace hailong
