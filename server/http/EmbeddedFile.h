#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace hailong {

// The files built into the server (the dashboard, the phone rating page), served with the
// headers that keep a page to what the server itself sends.
class EmbeddedFile
{
public:
    // The file `name` of the resource folder `folder` (":/dashboard/"), or a JSON 404. `name`
    // comes from the URL: only a plain name (no folder, no dot segment, no percent-encoding)
    // of an .html, .js, .css or .svg file is looked up, so nothing else can ever be read.
    static QHttpServerResponse serve(const QString &folder, const QString &name);
    // Content-Security-Policy (nothing loaded from elsewhere, no framing) and nosniff.
    static void addSecurityHeaders(QHttpServerResponse &response);
};

} // namespace hailong
