// SPDX-License-Identifier: Apache-2.0
// bench_map: the plant map at 1600x900 under Xvfb (Mesa): the bare demo site's median frame time F0, the same
// site plus 20,000 hazard pins and 2,000 permit volumes (batched: goal <= 2x F0), the same pins drawn naively
// as one actor each (the baseline, expected >= 5x slower), a pick (goal <= 10 ms) and adding one pin (goal
// <= 1 ms, no rebuild). Also: the load with pin clustering off (every pin drawn), the translucency modes
// (back-to-front sorted "over" blending, unsorted, depth peeling, VTK's weighted average) and what a camera
// move costs on the CPU (re-clustering 20,000 pins and re-sorting 2,000 volumes). Prints the numbers, the
// baseline and a verdict; asserts nothing.
#include "demo/DemoLayout.h"
#include "modules/map/MapRender.h"
#include "modules/map/PlantMapView.h"
#include "modules/site/layout/SiteLayout.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLState.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkSphereSource.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace gl;
using gl::map::PlantMapView;

namespace {

constexpr int Pins = 20000, Permits = 2000;
const QSize FrameSize(1600, 900);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/// One frame, synchronously: the paint (VTK render into the widget's FBO, Qt's composition) and a glFinish
/// so Mesa's deferred rasterisation is inside the measurement. The camera turns a little each frame.
double frameMs(PlantMapView &view)
{
    view.renderer()->GetActiveCamera()->Azimuth(0.3);
    QElapsedTimer t;
    t.start();
    view.repaint();
    view.makeCurrent();
    view.context()->functions()->glFinish();
    view.doneCurrent();
    return t.nsecsElapsed() / 1e6;
}

/// The map's own work: VTK's render of the scene into the widget's framebuffer (as paintGL does), and a
/// glFinish; without Qt's composition of the widget into the X window, which costs the same in every scene.
double vtkFrameMs(PlantMapView &view, bool turn = true)
{
    if (turn)
        view.renderer()->GetActiveCamera()->Azimuth(0.3);
    view.makeCurrent();
    auto *window = vtkGenericOpenGLRenderWindow::SafeDownCast(view.renderer()->GetRenderWindow());
    QElapsedTimer t;
    t.start();
    window->SetIsCurrent(true);
    vtkOpenGLState *state = window->GetState();
    state->Reset();
    state->Push();
    view.renderer()->ResetCameraClippingRange();
    window->Render();
    state->Pop();
    view.context()->functions()->glFinish();
    const double ms = t.nsecsElapsed() / 1e6;
    view.doneCurrent();
    return ms;
}

QList<map::HazardPin> randomPins(QRandomGenerator &rng, const QRectF &site, int n)
{
    QList<map::HazardPin> pins;
    pins.reserve(n);
    for (int i = 0; i < n; ++i) {
        map::HazardPin p;
        p.code = u"HZ-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        p.x = site.left() + rng.generateDouble() * site.width();
        p.y = site.top() + rng.generateDouble() * site.height();
        p.grade = rng.bounded(10) < 3 ? u"major"_s : u"general"_s;
        p.state = rng.bounded(20) == 0 ? u"closed"_s : u"open"_s;
        p.overdue = rng.bounded(30) == 0;
        pins.append(p);
    }
    return pins;
}

QList<map::PermitVolume> randomPermits(QRandomGenerator &rng, const QRectF &site, int n)
{
    static const QStringList types{u"hot_work"_s, u"confined_space"_s, u"blind_plate"_s, u"work_at_height"_s,
                                   u"lifting"_s, u"temporary_power"_s, u"excavation"_s, u"road_closure"_s};
    QList<map::PermitVolume> permits;
    permits.reserve(n);
    for (int i = 0; i < n; ++i) {
        map::PermitVolume p;
        p.code = u"PW-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        p.type = types[rng.bounded(int(types.size()))];
        const double x = site.left() + rng.generateDouble() * (site.width() - 15);
        const double y = site.top() + rng.generateDouble() * (site.height() - 15);
        const double w = 3 + rng.generateDouble() * 12, h = 3 + rng.generateDouble() * 12;
        p.polygon = {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
        p.zMin = 0;
        p.zMax = 2 + rng.generateDouble() * 10;
        p.conflict = rng.bounded(30) == 0;
        permits.append(p);
    }
    return permits;
}

const char *verdict(bool ok) { return ok ? "MEETS GOAL" : "MISSES GOAL"; }

} // namespace

int main(int argc, char **argv)
{
    map::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    const site::SiteLayout layout = demo::demoLayout();
    QRandomGenerator rng(20260301);
    const QRectF site(25, 25, 630, 330);

    PlantMapView view;
    view.setPulseEnabled(false); // the pulse would add renders; frames are driven here
    view.resize(FrameSize);
    view.setLayout(layout);
    view.setView(map::View::Iso);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        std::fprintf(stderr, "bench_map: the window was never exposed (is there an X server? use xvfb-run)\n");
        return 1;
    }
    view.makeCurrent();
    const QByteArray glRenderer =
        reinterpret_cast<const char *>(view.context()->functions()->glGetString(GL_RENDERER));
    view.doneCurrent();
    std::printf("bench_map: %dx%d, iso view, GL renderer: %s\n", FrameSize.width(), FrameSize.height(),
                glRenderer.constData());

    // F0 and F1 are measured interleaved, frame by frame (the load's layers hidden / shown: no rebuild),
    // so both see the same background load on this shared machine.
    const QList<map::HazardPin> pins = randomPins(rng, site, Pins);
    const QList<map::PermitVolume> permits = randomPermits(rng, site, Permits);
    QElapsedTimer t;
    t.start();
    view.setHazards(pins);
    view.setPermits(permits);
    const double setMs = t.nsecsElapsed() / 1e6;
    auto showLoad = [&view](bool on) {
        view.setLayerVisible(map::Layer::Hazards, on);
        view.setLayerVisible(map::Layer::Permits, on);
    };
    const int frames = 25;
    std::vector<double> f0v, f1v, f0w, f1w, pinsOnly, permitsOnly;
    for (int i = 0; i < frames + 3; ++i) {
        showLoad(false);
        const double a = vtkFrameMs(view), aw = frameMs(view);
        showLoad(true);
        const double b = vtkFrameMs(view), bw = frameMs(view);
        view.setLayerVisible(map::Layer::Permits, false);
        const double c = vtkFrameMs(view);
        view.setLayerVisible(map::Layer::Permits, true);
        view.setLayerVisible(map::Layer::Hazards, false);
        const double d = vtkFrameMs(view);
        view.setLayerVisible(map::Layer::Hazards, true);
        if (i < 3)
            continue; // warm-up: shader compilation, buffer uploads
        f0v.push_back(a);
        f0w.push_back(aw);
        f1v.push_back(b);
        f1w.push_back(bw);
        pinsOnly.push_back(c);
        permitsOnly.push_back(d);
    }
    const double f0 = median(f0v), f1 = median(f1v);
    const double f0min = *std::min_element(f0v.begin(), f0v.end()), f1min = *std::min_element(f1v.begin(), f1v.end());
    std::printf("F0  bare demo site (31 structures, 8 areas, 12 cameras, 40 sensors):\n"
                "      VTK render median %8.2f ms (min %.2f)   whole widget frame incl. Qt composition %8.2f ms\n",
                f0, f0min, median(f0w));
    std::printf("F1  + %d pins (3 batched actors) + %d permits (1 actor + 1 outline actor), interleaved with F0:\n"
                "      VTK render median %8.2f ms (min %.2f) = %.2fx F0 (min/min %.2fx) (goal <= 2x): %s\n"
                "      whole widget frame %8.2f ms = %.2fx\n",
                Pins, Permits, f1, f1min, f1 / f0, f1min / f0min, verdict(f1 <= 2 * f0), median(f1w),
                median(f1w) / median(f0w));
    std::printf("      (building the batches once: setHazards + setPermits %.1f ms)\n", setMs);
    std::printf("      of which: F0 + pins only %.2f ms (%.2fx F0), F0 + permits only %.2f ms (%.2fx F0)\n",
                median(pinsOnly), median(pinsOnly) / f0, median(permitsOnly), median(permitsOnly) / f0);
    const QList<map::PinCluster> clustersNow = view.clusters();
    int clusteredPins = 0;
    for (const map::PinCluster &c : clustersNow)
        clusteredPins += c.count;
    std::printf("      (pins clustered at this zoom: %d of %d in %d clusters)\n", clusteredPins, Pins, int(clustersNow.size()));

    // What a camera move costs before the frame: the clusters (20,000 pins projected on a screen grid) and
    // the back-to-front order of the 2,000 permit volumes.
    std::vector<double> prep;
    for (int i = 0; i < 30; ++i) {
        view.renderer()->GetActiveCamera()->Azimuth(0.3);
        t.restart();
        (void)view.clusters(); // runs the frame preparation
        prep.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("camera move: re-cluster %d pins + re-sort %d permit volumes: median %.2f ms, max %.2f ms\n", Pins,
                Permits, median(prep), *std::max_element(prep.begin(), prep.end()));
    // Every sensor of the site in alarm: the labels' declutter (placed so that none overlaps) on each camera move.
    {
        QList<map::SensorState> alarmed;
        const char *severities[] = {"low", "medium", "high", "critical"};
        for (int i = 0; i < int(layout.sensors.size()); ++i)
            alarmed.append({layout.sensors[i].tag, std::nan(""), layout.sensors[i].unit, QString::fromLatin1(severities[i % 4])});
        view.setSensors(alarmed);
        std::vector<double> place;
        int shown = 0;
        for (int i = 0; i < 30; ++i) {
            view.renderer()->GetActiveCamera()->Azimuth(0.3);
            t.restart();
            const QList<map::PlantMapView::LabelPlacement> labels = view.sensorLabels(); // the label layout alone
            place.push_back(t.nsecsElapsed() / 1e6);
            shown = int(std::count_if(labels.begin(), labels.end(), [](const auto &l) { return l.shown; }));
        }
        std::printf("camera move: place %d alarm labels without overlap (%d shown): median %.3f ms, max %.3f ms\n",
                    int(alarmed.size()), shown, median(place), *std::max_element(place.begin(), place.end()));
        view.setSensors({});
    }

    // The same load with every pin drawn (clustering off) and with each translucency mode, interleaved with F0.
    struct Mode {
        const char *name;
        map::Translucency translucency;
        bool clustering;
        std::vector<double> frames, bare;
    };
    std::vector<Mode> modes{{"sorted, clustered (default)", map::Translucency::Sorted, true, {}, {}},
                            {"sorted, clustering off", map::Translucency::Sorted, false, {}, {}},
                            {"unsorted, clustered", map::Translucency::Unsorted, true, {}, {}},
                            {"depth peeling, clustered", map::Translucency::DepthPeeling, true, {}, {}},
                            {"weighted average, clustered", map::Translucency::WeightedAverage, true, {}, {}}};
    for (int i = 0; i < 11; ++i)
        for (Mode &m : modes) {
            view.setTranslucency(m.translucency);
            view.setClusteringEnabled(m.clustering);
            showLoad(false);
            const double a = vtkFrameMs(view);
            showLoad(true);
            const double b = vtkFrameMs(view);
            if (i == 0)
                continue;
            m.bare.push_back(a);
            m.frames.push_back(b);
        }
    std::printf("load by mode (VTK render median of 10, each interleaved with its own F0):\n");
    for (const Mode &m : modes)
        std::printf("      %-30s %8.2f ms = %.2fx F0 (%.2f ms)%s\n", m.name, median(m.frames), median(m.frames) / median(m.bare),
                    median(m.bare), median(m.frames) <= 2 * median(m.bare) ? "" : "  (over 2x)");
    view.setTranslucency(map::Translucency::Sorted);
    view.setClusteringEnabled(true);

    // Pick: random points over the site, and on pins.
    // Wall time, and the thread's CPU time (what the pick costs without the shared machine's preemptions).
    std::vector<double> picks, pickCpu;
    int hits = 0;
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    for (int i = 0; i < 200; ++i) {
        const QPoint at(rng.bounded(FrameSize.width()), rng.bounded(FrameSize.height()));
        const double c0 = cpuMs();
        t.restart();
        const auto hit = view.pickAt(at);
        picks.push_back(t.nsecsElapsed() / 1e6);
        pickCpu.push_back(cpuMs() - c0);
        hits += hit.second.isEmpty() ? 0 : 1;
    }
    std::sort(pickCpu.begin(), pickCpu.end());
    std::printf("pick, thread CPU time: median %.3f ms, p95 %.3f ms, max %.3f ms\n", median(pickCpu),
                pickCpu[pickCpu.size() * 95 / 100], pickCpu.back());
    const double pickMed = median(picks), pickMax = *std::max_element(picks.begin(), picks.end());
    std::sort(picks.begin(), picks.end());
    const double pickP95 = picks[picks.size() * 95 / 100];
    std::printf("pick at a screen point (loaded scene, 200 picks, %d hits): median %.3f ms, p95 %.3f ms, max %.3f ms "
                "(goal <= 10 ms, judged on p95: the max catches the shared machine's scheduler): %s\n",
                hits, pickMed, pickP95, pickMax, verdict(pickP95 <= 10));

    // Add one pin: the data side (no rebuild), then the frame that shows it.
    std::vector<double> adds;
    for (int i = 0; i < 1000; ++i) {
        map::HazardPin p;
        p.code = u"NEW-%1"_s.arg(i);
        p.x = site.left() + rng.generateDouble() * site.width();
        p.y = site.top() + rng.generateDouble() * site.height();
        t.restart();
        view.addHazard(p);
        adds.push_back(t.nsecsElapsed() / 1e6);
    }
    const double addMed = median(adds), addMax = *std::max_element(adds.begin(), adds.end());
    const double frameAfterAdd = vtkFrameMs(view);
    std::printf("addHazard (1000 adds onto %d pins):                        median %.4f ms, max %.4f ms "
                "(goal <= 1 ms): %s; the next VTK frame %.2f ms\n",
                Pins, addMed, addMax, verdict(addMed <= 1), frameAfterAdd);

    // The naive baseline: the same pins, one actor each (a shared low-poly sphere mapper).
    view.setLayerVisible(map::Layer::Hazards, false);
    vtkNew<vtkSphereSource> sphere;
    sphere->SetThetaResolution(8);
    sphere->SetPhiResolution(6);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(sphere->GetOutputPort());
    std::vector<vtkSmartPointer<vtkActor>> actors;
    actors.reserve(pins.size());
    t.restart();
    for (const map::HazardPin &p : pins) {
        auto a = vtkSmartPointer<vtkActor>::New();
        a->SetMapper(mapper);
        a->SetPosition(p.x, p.y, p.z + 1);
        a->SetScale(p.grade == u"major" ? 3.2 : 2.4);
        if (p.grade == u"major")
            a->GetProperty()->SetColor(0.9, 0.22, 0.21);
        else
            a->GetProperty()->SetColor(0.98, 0.55, 0);
        view.renderer()->AddActor(a);
        actors.push_back(a);
    }
    const double naiveSetup = t.nsecsElapsed() / 1e6;
    // Interleaved with the batched pins: naive actors shown and batch hidden, then the other way round.
    auto showNaive = [&](bool on) {
        for (auto &a : actors)
            a->SetVisibility(on);
        view.setLayerVisible(map::Layer::Hazards, !on);
    };
    const int naiveFrames = 5;
    std::vector<double> nv, bv;
    for (int i = 0; i < naiveFrames + 1; ++i) {
        showNaive(true);
        const double a = vtkFrameMs(view);
        showNaive(false);
        const double b = vtkFrameMs(view);
        if (i == 0)
            continue;
        nv.push_back(a);
        bv.push_back(b);
    }
    const double fn = median(nv), fb = median(bv);
    std::printf("baseline: the same %d pins as one actor each (naive), permits batched:\n"
                "      VTK render median %8.2f ms = %.2fx F0, %.1fx the batched load (%.2f ms, interleaved) "
                "(expected >= 5x slower): %s\n"
                "      (creating the actors %.0f ms; median of %d)\n",
                Pins, fn, fn / f0, fn / fb, fb, fn >= 5 * fb ? "as expected" : "NOT 5x", naiveSetup, naiveFrames);

    const bool ok = f1 <= 2 * f0 && pickP95 <= 10 && addMed <= 1;
    std::printf("verdict: %s: batched load %.2fx F0 (goal <= 2x); naive one-actor-per-pin %.1fx slower than "
                "batched; pick p95 %.2f ms (goal <= 10); add one pin %.4f ms (goal <= 1)\n",
                ok ? "all goals met" : "goals missed", f1 / f0, fn / fb, pickP95, addMed);
    for (auto &a : actors)
        view.renderer()->RemoveActor(a);
    return 0;
}
