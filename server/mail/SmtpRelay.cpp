#include "mail/SmtpRelay.h"

#include <algorithm>
#include <cstring>
#include <curl/curl.h>
#include <memory>

namespace hailong {

namespace {
constexpr long connectTimeoutSeconds = 15;
constexpr long transferTimeoutSeconds = 60;

struct Upload
{
    const QByteArray &data;
    qsizetype sent = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data.size() - upload->sent;
    const qsizetype n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->sent, size_t(n));
    upload->sent += n;
    return size_t(n);
}

int abortWhenCancelled(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic_bool *>(userData)->load() ? 1 : 0;
}

struct EasyDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
} // namespace

SmtpRelay::SmtpRelay(SmtpSettings settings)
    : m_settings(std::move(settings))
{}

QString SmtpRelay::send(const QString &to, const QByteArray &message,
                        const std::atomic_bool &cancel) const
{
    const std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl)
        return QStringLiteral("libcurl could not start a transfer");
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from = '<' + m_settings.from.toUtf8() + '>';
    const QByteArray recipient = '<' + to.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();
    const std::unique_ptr<curl_slist, ListDeleter> recipients(
        curl_slist_append(nullptr, recipient.constData()));
    Upload upload{message};
    char problem[CURL_ERROR_SIZE] = {};

    CURL *easy = curl.get();
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(easy, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(easy, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(easy, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(easy, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(easy, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(easy, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(easy, CURLOPT_READDATA, &upload);
    curl_easy_setopt(easy, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT, connectTimeoutSeconds);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT, transferTimeoutSeconds);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, abortWhenCancelled);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &cancel);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, problem);

    const CURLcode result = curl_easy_perform(easy);
    if (result == CURLE_OK)
        return {};
    return problem[0] ? QString::fromUtf8(problem) : QString::fromUtf8(curl_easy_strerror(result));
}

} // namespace hailong
