// The words the kiosk speaks are the words it shows: the prompt list against the English
// catalogue and the built-in survey, every prompt rendered to a recording at build time, and
// language packs read from their folders as a centre would lay them out.
#include "language/LanguagePack.h"
#include "speech/PromptCatalog.h"
#include "survey/SurveyDefinition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hailong;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class SpokenPromptsTest : public QObject
{
    Q_OBJECT
private slots:
    void englishPromptsAreTheEnglishScreenTexts()
    {
        const PromptCatalog prompts = PromptCatalog::builtIn();
        QVERIFY(prompts.ids().size() > 30);
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(HAILONG_EN_QM)));
        int fixed = 0;
        for (const QString &id : prompts.ids()) {
            const QString context = id.section(QLatin1Char('.'), 0, 0);
            if (!context.front().isUpper())
                continue; // survey texts: checked against the survey below
            ++fixed;
            const PromptCatalog::Entry entry = prompts.entry(id);
            QCOMPARE(english.translate(context.toUtf8().constData(), entry.vi.toUtf8().constData()),
                     entry.en);
        }
        QVERIFY(fixed > 20);
    }

    void surveyPromptsAreTheBuiltInSurveyTexts()
    {
        const PromptCatalog prompts = PromptCatalog::builtIn();
        const SurveyDefinition survey = SurveyDefinition::builtInDefault();
        QCOMPARE(prompts.entry(QStringLiteral("survey.title")).vi, survey.title.vi);
        QCOMPARE(prompts.entry(QStringLiteral("survey.title")).en, survey.title.en);
        for (const SurveyLevel &level : survey.levels) {
            const auto entry = prompts.entry(QStringLiteral("level.%1").arg(level.value));
            QCOMPARE(entry.vi, level.label.vi);
            QCOMPARE(entry.en, level.label.en);
        }
        for (const SurveyReason &reason : survey.reasons) {
            const auto entry = prompts.entry(QStringLiteral("reason.") + reason.code);
            QCOMPARE(entry.vi, reason.label.vi);
            QCOMPARE(entry.en, reason.label.en);
        }
    }

    void everyPromptWasRenderedInBothLanguages()
    {
        if (QStringLiteral(HAILONG_PROMPT_AUDIO).isEmpty())
            QSKIP("built without espeak-ng: no recordings to check");
        for (const QString &id : PromptCatalog::builtIn().ids()) {
            for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
                const QFileInfo wav(
                    QStringLiteral(HAILONG_PROMPT_AUDIO "/%1/%2.wav").arg(language, id));
                QVERIFY2(wav.isFile() && wav.size() > 1000, qPrintable(wav.filePath()));
            }
        }
    }

    void aLanguagePackIsFoundInItsFolder()
    {
        QTemporaryDir data;
        const QString languages = data.filePath(QStringLiteral("languages"));
        writeFile(languages + QStringLiteral("/km/manifest.json"),
                  R"({"code":"km","name":"Khmer","native_name":"ភាសាខ្មែរ",
                      "qm":"hailong-kiosk_km.qm","audio":"audio/"})");
        writeFile(languages + QStringLiteral("/km/hailong-kiosk_km.qm"), "qm");
        const LanguagePack::Found found = LanguagePack::findAll(languages);
        QVERIFY2(found.problems.isEmpty(), qPrintable(found.problems.join(QLatin1Char('\n'))));
        QCOMPARE(found.packs.size(), 1);
        const LanguagePack &pack = found.packs.first();
        QCOMPARE(pack.code, QStringLiteral("km"));
        QCOMPARE(pack.nativeName, QStringLiteral("ភាសាខ្មែរ"));
        QCOMPARE(pack.qmFile, QDir(languages).filePath(QStringLiteral("km/hailong-kiosk_km.qm")));
        QCOMPARE(pack.audioDir, QDir(languages).filePath(QStringLiteral("km/audio")));
    }

    void aBrokenPackIsReportedAndTheRestStillLoad_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("fault");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("bad code") << QByteArray(
                                         R"({"code":"Khmer!","native_name":"x","qm":"k.qm"})")
                                  << QStringLiteral("language code");
        QTest::newRow("built in") << QByteArray(R"({"code":"en","native_name":"x","qm":"k.qm"})")
                                  << QStringLiteral("built in");
        QTest::newRow("no name") << QByteArray(R"({"code":"km","qm":"k.qm"})")
                                 << QStringLiteral("native_name");
        QTest::newRow("missing qm") << QByteArray(R"({"code":"km","native_name":"x","qm":"no.qm"})")
                                    << QStringLiteral("\"qm\"");
        QTest::newRow("qm outside")
            << QByteArray(R"({"code":"km","native_name":"x","qm":"../good/k.qm"})")
            << QStringLiteral("\"qm\"");
    }

    void aBrokenPackIsReportedAndTheRestStillLoad()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, fault);
        QTemporaryDir data;
        const QString languages = data.filePath(QStringLiteral("languages"));
        writeFile(languages + QStringLiteral("/bad/manifest.json"), manifest);
        writeFile(languages + QStringLiteral("/bad/k.qm"), "qm");
        writeFile(languages + QStringLiteral("/good/manifest.json"),
                  R"({"code":"hmn","native_name":"Hmoob","qm":"k.qm"})");
        writeFile(languages + QStringLiteral("/good/k.qm"), "qm");
        const LanguagePack::Found found = LanguagePack::findAll(languages);
        QCOMPARE(found.packs.size(), 1);
        QCOMPARE(found.packs.first().code, QStringLiteral("hmn"));
        QCOMPARE(found.problems.size(), 1);
        QVERIFY2(found.problems.first().contains(fault), qPrintable(found.problems.first()));
    }

    void noLanguagesFolderMeansNoPacks()
    {
        const LanguagePack::Found found = LanguagePack::findAll(QStringLiteral("/nonexistent/x"));
        QVERIFY(found.packs.isEmpty());
        QVERIFY(found.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(SpokenPromptsTest)

#include "tst_spoken_prompts.moc"
