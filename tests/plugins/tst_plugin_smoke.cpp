// SPDX-License-Identifier: Apache-2.0
// Loads one connector plugin, instantiates a connector, feeds it an empty configuration (which it must
// refuse with a reason, not crash), and tears everything down. Usage: tst_plugin_smoke PLUGIN_FILE
#include "platform/plugins/PluginRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: tst_plugin_smoke PLUGIN_FILE\n");
        return 2;
    }
    int failed = 0;
    {
        gl::PluginRegistry registry;
        QString why;
        const gl::LoadedPlugin *p = registry.load(QString::fromLocal8Bit(argv[1]), &why);
        if (!p) {
            std::fprintf(stderr, "FAIL: %s\n", qPrintable(why));
            ++failed;
        } else {
            QObject owner;
            std::unique_ptr<gl::sdk::Connector> c(p->factory->create(&owner, [](const gl::sdk::Sample &) {}));
            if (!c) {
                std::fprintf(stderr, "FAIL: factory returned no connector\n");
                ++failed;
            } else if (c->configure(QJsonObject()).isEmpty()) {
                std::fprintf(stderr, "FAIL: an empty configuration was accepted\n");
                ++failed;
            } else if (c->state() == gl::sdk::ConnectorState::Online) {
                std::fprintf(stderr, "FAIL: online without configuration\n");
                ++failed;
            }
        }
    }
    std::printf("%d passed, %d failed\n", failed ? 0 : 1, failed);
    return failed ? 1 : 0;
}
