// Inventory import / merge / export at scale: a generated INI inventory of
// 10,000 hosts in 50 groups (nested under two parents, with group and host
// variables). Prints wall times of the median of 5 runs.
#include "core/inventory/AnsibleJson.h"
#include "core/inventory/IniImporter.h"
#include "core/inventory/InventoryExporter.h"
#include "core/inventory/InventoryValidator.h"
#include "core/inventory/YamlImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace mc::inventory;

namespace {
double medianMs(const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString ini;
    ini += QStringLiteral("[masters]\n");
    for (int m = 1; m <= 3; ++m)
        ini += QStringLiteral("master%1.example.com zoo_id=%1 ansible_host=10.0.0.%1\n").arg(m);
    for (int g = 0; g < 50; ++g) {
        ini += QStringLiteral("\n[rack%1]\n").arg(g);
        for (int h = 0; h < 200; ++h)
            ini += QStringLiteral("agent-%1-%2.example.com ansible_host=10.%1.%2.1 rack=r%1\n").arg(g).arg(h);
        ini += QStringLiteral("\n[rack%1:vars]\nmesos_attributes=\"{'rack': 'r%1', 'zone': 'z%2'}\"\n")
                   .arg(g)
                   .arg(g % 3);
    }
    ini += QStringLiteral("\n[agents:children]\n");
    for (int g = 0; g < 50; ++g)
        ini += QStringLiteral("rack%1\n").arg(g);
    ini += QStringLiteral("\n[all:vars]\nansible_user=ubuntu\n");

    Inventory inventory;
    const double parseIni
        = medianMs([&] { inventory = IniImporter::parse(ini, QStringLiteral("bench.ini"))->inventory; });
    QByteArray json;
    const double list = medianMs([&] { json = AnsibleJson::toJson(inventory); });
    QString yaml;
    const double toYaml
        = medianMs([&] { yaml = InventoryExporter::text(inventory, InventoryFormat::Yaml).value(); });
    const double parseYaml = medianMs([&] { (void)YamlImporter::parse(yaml, QStringLiteral("bench.yml")); });
    const double toIni = medianMs([&] { (void)InventoryExporter::text(inventory, InventoryFormat::Ini); });
    const double validate = medianMs([&] { (void)InventoryValidator::validate(inventory); });

    std::printf("hosts: %lld, groups: %lld, INI %lld KB, YAML %lld KB, JSON %lld KB\n",
                qlonglong(inventory.hosts().size()), qlonglong(inventory.groups().size()),
                qlonglong(ini.toUtf8().size() / 1024), qlonglong(yaml.toUtf8().size() / 1024),
                qlonglong(json.size() / 1024));
    std::printf("parse INI            %8.1f ms\n", parseIni);
    std::printf("--list JSON (merge)  %8.1f ms\n", list);
    std::printf("export YAML          %8.1f ms\n", toYaml);
    std::printf("parse YAML           %8.1f ms\n", parseYaml);
    std::printf("export INI           %8.1f ms\n", toIni);
    std::printf("validate             %8.1f ms\n", validate);
    return 0;
}
