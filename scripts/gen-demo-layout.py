#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes resources/demo/plant-layout.json: the demo site (chemical + metallurgy) in the site layout
format (docs/FORMATS.md). Deterministic: the same file on every run. Site metres, x east, y north."""
import json, math, os

def rect(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]

areas = [
    ("CA1", "Chlor-alkali unit", "氯碱装置", "process", "red", rect(40, 40, 200, 170), 0, 35),
    ("EL1", "Electrolysis hall", "电解车间", "process", "orange", rect(220, 40, 350, 135), 0, 18),
    ("TF1", "Tank farm", "罐区", "storage", "red", rect(40, 200, 200, 340), 0, 22),
    ("CH2", "Casting house 2", "2号铸造车间", "process", "red", rect(380, 40, 530, 165), 0, 25),
    ("UT1", "Utilities and substation", "公用工程及变电所", "utility", "yellow", rect(220, 200, 350, 300), 0, 15),
    ("WH1", "Warehouse", "仓库", "storage", "yellow", rect(380, 200, 530, 300), 0, 12),
    ("AD1", "Administration and main gate", "办公区及主大门", "office", "blue", rect(560, 40, 640, 170), 0, 15),
    ("RD1", "Roads", "厂区道路", "road", "blue",
     [[20, 20], [660, 20], [660, 360], [20, 360], [20, 350], [650, 350], [650, 30], [20, 30]], 0, 5),
]

structures = []
def building(code, area, name, fp, h):
    structures.append({"code": code, "area": area, "name": name, "kind": "building", "footprint": fp, "height": h})
def tank(code, area, name, c, r, h):
    structures.append({"code": code, "area": area, "name": name, "kind": "tank", "center": c, "radius": r, "height": h})
def column(code, area, name, c, r, h):
    structures.append({"code": code, "area": area, "name": name, "kind": "column", "center": c, "radius": r, "height": h})

building("CA1-B1", "CA1", "Brine treatment building", rect(50, 50, 110, 90), 12)
building("CA1-B2", "CA1", "Chlorine liquefaction", rect(130, 50, 190, 100), 15)
building("CA1-B3", "CA1", "Hydrochloric acid synthesis", rect(50, 120, 100, 160), 10)
for i, (x, y) in enumerate([(130, 130), (150, 130), (170, 130), (190, 130)]):
    column(f"CA1-C{i+1}", "CA1", f"Drying tower {i+1}", [x, y + 15], 3.5, 28)
building("EL1-B1", "EL1", "Electrolysis cell hall", rect(225, 50, 345, 125), 14)
for i in range(6):
    x = 55 + (i % 3) * 50
    y = 230 + (i // 3) * 65
    tank(f"TF1-T{101+i}", "TF1", f"Storage tank T-{101+i}", [x, y], 11, 16)
structures.append({"code": "TF1-DIKE-A", "area": "TF1", "name": "Dike A", "kind": "dike",
                   "footprint": rect(38, 210, 200, 268), "height": 1.5})
structures.append({"code": "TF1-DIKE-B", "area": "TF1", "name": "Dike B", "kind": "dike",
                   "footprint": rect(38, 276, 200, 334), "height": 1.5})
building("CH2-B1", "CH2", "Casting house 2", rect(385, 50, 525, 130), 22)
building("CH2-B2", "CH2", "Fume extraction plant", rect(385, 138, 440, 162), 10)
column("CH2-STACK", "CH2", "Stack", [505, 148], 2.5, 45)
building("UT1-B1", "UT1", "110 kV substation", rect(225, 210, 285, 260), 8)
building("UT1-B2", "UT1", "Compressor house", rect(295, 210, 345, 250), 9)
column("UT1-CT1", "UT1", "Cooling tower", [300, 280], 10, 14)
# The one structure drawn from a mesh (scripts/gen-demo-mesh.py): the map shows the hyperbolic shell.
structures[-1]["mesh"] = {"file": "meshes/cooling-tower.obj", "scale": 1, "rotation": [0, 0, 0], "translation": [0, 0, 0]}
building("WH1-B1", "WH1", "Raw materials warehouse", rect(385, 210, 525, 290), 11)
building("AD1-B1", "AD1", "Administration and control room", rect(570, 100, 630, 160), 16)
building("AD1-G1", "AD1", "Main gate", rect(590, 22, 620, 34), 5)
structures.append({"code": "PR-1", "area": "RD1", "name": "Pipe rack CA1-TF1", "kind": "pipe_rack",
                   "path": [[120, 170], [120, 200]], "width": 6, "height": 7})
structures.append({"code": "PR-2", "area": "RD1", "name": "Pipe rack CA1-EL1", "kind": "pipe_rack",
                   "path": [[200, 100], [220, 100]], "width": 6, "height": 7})
structures.append({"code": "PR-3", "area": "RD1", "name": "Main pipe rack", "kind": "pipe_rack",
                   "path": [[40, 185], [530, 185]], "width": 8, "height": 8})
structures.append({"code": "RD-MAIN", "area": "RD1", "name": "Ring road", "kind": "road",
                   "path": [[25, 25], [655, 25], [655, 355], [25, 355], [25, 25]], "width": 8})
structures.append({"code": "RD-X1", "area": "RD1", "name": "Cross road", "kind": "road",
                   "path": [[25, 185], [655, 185]], "width": 7})
structures.append({"code": "RD-Y1", "area": "RD1", "name": "North road", "kind": "road",
                   "path": [[365, 25], [365, 355]], "width": 7})

equipment = []
def eq(code, name, zh, kind, area, pos):
    equipment.append({"code": code, "qr": f"GL-EQ-{len(equipment)+1:04d}", "name": name, "name_zh": zh,
                      "kind": kind, "area": area, "position": pos})

for i in range(4):
    eq(f"P-10{i+1}", f"Brine pump P-10{i+1}", f"盐水泵P-10{i+1}", "pump", "CA1", [60 + i * 12, 100, 0])
eq("K-201", "Chlorine compressor K-201", "氯气压缩机K-201", "compressor", "CA1", [150, 70, 0])
eq("K-202", "Chlorine compressor K-202", "氯气压缩机K-202", "compressor", "CA1", [170, 70, 0])
eq("E-301", "Chlorine cooler E-301", "氯气冷却器E-301", "heat_exchanger", "CA1", [140, 110, 0])
eq("V-401", "Liquid chlorine buffer V-401", "液氯缓冲罐V-401", "vessel", "CA1", [185, 110, 0])
eq("R-501", "HCl synthesis furnace R-501", "氯化氢合成炉R-501", "reactor", "CA1", [70, 140, 0])
for i in range(4):
    eq(f"T-C{i+1}", f"Drying tower {i+1}", f"干燥塔{i+1}", "column", "CA1", [130 + i * 20, 145, 0])
eq("SCR-01", "Chlorine scrubber", "氯气吸收塔", "scrubber", "CA1", [100, 165, 0])
for i in range(8):
    eq(f"EC-{i+1:02d}", f"Electrolyser {i+1}", f"电解槽{i+1}", "electrolyser", "EL1",
       [235 + (i % 4) * 30, 65 + (i // 4) * 40, 0])
eq("RECT-1", "Rectifier 1", "整流器1", "rectifier", "EL1", [340, 60, 0])
eq("RECT-2", "Rectifier 2", "整流器2", "rectifier", "EL1", [340, 115, 0])
eq("H2-01", "Hydrogen header", "氢气总管", "pipeline", "EL1", [285, 130, 6])
for i in range(6):
    s = structures[[k for k, s in enumerate(structures) if s["code"] == f"TF1-T{101+i}"][0]]
    eq(f"T-{101+i}", f"Storage tank T-{101+i}", f"储罐T-{101+i}", "tank", "TF1", [s["center"][0], s["center"][1], 0])
eq("P-601", "Transfer pump P-601", "输送泵P-601", "pump", "TF1", [190, 272, 0])
eq("P-602", "Transfer pump P-602", "输送泵P-602", "pump", "TF1", [190, 280, 0])
eq("LA-01", "Truck loading arm", "装车鹤管", "loading_arm", "TF1", [195, 330, 0])
for i in range(4):
    eq(f"PS-{i+1}", f"Pour station {i+1}", f"浇铸工位{i+1}", "pour_station", "CH2", [400 + i * 32, 70, 0])
eq("LD-01", "Ladle 1", "铁水包1", "ladle", "CH2", [410, 100, 4])
eq("LD-02", "Ladle 2", "铁水包2", "ladle", "CH2", [460, 100, 4])
eq("CR-01", "Overhead crane 1 (50 t)", "50吨行车", "crane", "CH2", [450, 90, 18])
eq("CR-02", "Overhead crane 2 (32 t)", "32吨行车", "crane", "CH2", [500, 90, 18])
eq("FAN-01", "Fume extraction fan", "除尘风机", "fan", "CH2", [410, 150, 0])
eq("FAN-02", "Roof ventilator", "屋顶风机", "fan", "CH2", [480, 125, 22])
eq("FUR-01", "Induction furnace", "中频炉", "furnace", "CH2", [510, 60, 0])
eq("TR-01", "Main transformer 1", "主变压器1", "transformer", "UT1", [240, 225, 0])
eq("TR-02", "Main transformer 2", "主变压器2", "transformer", "UT1", [270, 225, 0])
eq("AC-01", "Air compressor AC-01", "空压机AC-01", "compressor", "UT1", [305, 225, 0])
eq("AC-02", "Air compressor AC-02", "空压机AC-02", "compressor", "UT1", [330, 225, 0])
eq("CT-01", "Cooling tower fans", "冷却塔风机", "fan", "UT1", [300, 280, 14])
eq("FK-01", "Forklift 1", "叉车1", "forklift", "WH1", [420, 240, 0])
eq("FK-02", "Forklift 2", "叉车2", "forklift", "WH1", [480, 260, 0])
eq("RK-01", "High-bay racking A", "高位货架A", "racking", "WH1", [400, 280, 0])
eq("RK-02", "High-bay racking B", "高位货架B", "racking", "WH1", [500, 280, 0])
eq("FH-01", "Fire hydrant 01", "消火栓01", "fire_hydrant", "RD1", [210, 180, 0])
eq("FH-02", "Fire hydrant 02", "消火栓02", "fire_hydrant", "RD1", [370, 180, 0])
eq("FH-03", "Fire hydrant 03", "消火栓03", "fire_hydrant", "RD1", [210, 345, 0])
eq("FH-04", "Fire hydrant 04", "消火栓04", "fire_hydrant", "RD1", [540, 30, 0])
eq("GATE-1", "Main gate turnstile", "主门闸机", "gate", "AD1", [605, 28, 0])
eq("GATE-2", "Logistics gate", "物流门", "gate", "RD1", [25, 200, 0])
eq("ESD-01", "Emergency shutdown panel", "紧急停车盘", "esd", "AD1", [600, 130, 0])

cameras = []
def cam(code, name, area, pos, yaw, pitch, fov, rng):
    cameras.append({"code": code, "name": name, "area": area,
                    "url": f"rtsp://127.0.0.1:8554/{code.lower()}", "position": pos,
                    "yaw": yaw, "pitch": pitch, "fov": fov, "range": rng})
cam("CAM-01", "Chlor-alkali north", "CA1", [45, 45, 12], 45, -20, 70, 90)
cam("CAM-02", "Chlorine compressors", "CA1", [195, 45, 10], 135, -25, 60, 70)
cam("CAM-03", "Electrolysis hall west", "EL1", [222, 45, 10], 30, -20, 75, 80)
cam("CAM-04", "Electrolysis hall east", "EL1", [348, 130, 10], 225, -20, 75, 80)
cam("CAM-05", "Tank farm dike A", "TF1", [42, 205, 14], 30, -25, 70, 120)
cam("CAM-06", "Tank farm dike B", "TF1", [198, 338, 14], 225, -25, 70, 120)
cam("CAM-07", "Pour stations", "CH2", [390, 45, 16], 20, -30, 80, 90)
cam("CAM-08", "Ladle and crane bay", "CH2", [525, 135, 18], 200, -30, 70, 90)
cam("CAM-09", "Substation", "UT1", [222, 205, 9], 40, -20, 65, 70)
cam("CAM-10", "Warehouse loading", "WH1", [528, 205, 9], 150, -20, 70, 80)
cam("CAM-11", "Main gate", "AD1", [625, 36, 6], 250, -15, 60, 50)
cam("CAM-12", "Logistics gate", "RD1", [30, 190, 6], 0, -15, 60, 60)

sensors = []
def sen(tag, kind, unit, area, pos, rng, equip=None):
    d = {"tag": tag, "kind": kind, "unit": unit, "area": area, "position": pos, "range": rng}
    if equip: d["equipment"] = equip
    sensors.append(d)
for i, e in enumerate(["K-201", "K-202", "V-401", "E-301", "SCR-01", "R-501"]):
    p = next(x for x in equipment if x["code"] == e)["position"]
    sen(f"CA1.CL2_{e.replace('-', '')}", "toxic_gas", "ppm", "CA1", [p[0] + 2, p[1] + 2, 1.5], [0, 20], e)
sen("CA1.HCL_R501", "toxic_gas", "ppm", "CA1", [72, 142, 1.5], [0, 50], "R-501")
sen("CA1.P_K201", "pressure", "MPa", "CA1", [150, 72, 1], [0, 1.6], "K-201")
for i in range(4):
    sen(f"EL1.H2_{i+1}", "combustible_gas", "%LEL", "EL1", [240 + i * 30, 88, 12], [0, 100])
sen("EL1.CL2_1", "toxic_gas", "ppm", "EL1", [260, 60, 1.5], [0, 20])
sen("EL1.I_RECT1", "current", "kA", "EL1", [340, 60, 1], [0, 150], "RECT-1")
for i in range(6):
    p = next(x for x in equipment if x["code"] == f"T-{101+i}")["position"]
    sen(f"TF.LEL_T{101+i}", "combustible_gas", "%LEL", "TF1", [p[0] + 12, p[1], 0.5], [0, 100], f"T-{101+i}")
for i in range(3):
    p = next(x for x in equipment if x["code"] == f"T-{101+i}")["position"]
    sen(f"TF.LVL_T{101+i}", "level", "m", "TF1", [p[0], p[1], 16], [0, 15], f"T-{101+i}")
sen("TF.H2S_P601", "toxic_gas", "ppm", "TF1", [190, 274, 0.5], [0, 50], "P-601")
sen("CH2.CO_ppm", "toxic_gas", "ppm", "CH2", [430, 80, 1.8], [0, 500])
sen("CH2.CO_ppm_2", "toxic_gas", "ppm", "CH2", [490, 80, 1.8], [0, 500])
sen("CH2.FAN_HZ", "frequency", "Hz", "CH2", [410, 150, 1], [0, 50], "FAN-01")
sen("CH2.O2_pct", "oxygen", "%vol", "CH2", [450, 60, 1.5], [0, 25])
sen("CH2.HM_TEMP", "temperature", "°C", "CH2", [410, 100, 4], [1000, 1600], "LD-01")
sen("CH2.HM_SI_pct", "quality", "%", "CH2", [412, 100, 4], [0, 3], "LD-01")
sen("CH2.FUR_COOLING_T", "temperature", "°C", "CH2", [510, 62, 1], [0, 80], "FUR-01")
sen("UT1.TR1_OIL_T", "temperature", "°C", "UT1", [240, 225, 3], [0, 120], "TR-01")
sen("UT1.TR2_OIL_T", "temperature", "°C", "UT1", [270, 225, 3], [0, 120], "TR-02")
sen("UT1.AIR_P", "pressure", "MPa", "UT1", [305, 225, 1], [0, 1.0], "AC-01")
sen("WH1.SMOKE_1", "smoke", "%obs/m", "WH1", [420, 250, 10], [0, 20])
sen("WH1.SMOKE_2", "smoke", "%obs/m", "WH1", [490, 250, 10], [0, 20])
sen("WH1.TEMP", "temperature", "°C", "WH1", [450, 240, 3], [-20, 60])
sen("AD1.WIND_SPD", "wind_speed", "m/s", "AD1", [600, 160, 18], [0, 40])
sen("AD1.WIND_DIR", "wind_direction", "deg", "AD1", [600, 160, 18], [0, 360])
sen("RD1.LEL_GATE2", "combustible_gas", "%LEL", "RD1", [28, 200, 0.5], [0, 100])

layout = {
    "format": "guardline-site-layout", "version": 1,
    "site": {"code": "DEMO", "name": "Riverside Chemical & Metals (demo)", "name_zh": "江畔化工冶金厂(演示)",
             "timezone": "Asia/Shanghai", "origin": {"lat": 31.95, "lon": 120.88}},
    "areas": [{"code": c, "name": n, "name_zh": z, "kind": k, "risk": r, "polygon": p, "z_min": zmin, "z_max": zmax}
              for c, n, z, k, r, p, zmin, zmax in areas],
    "structures": structures, "equipment": equipment, "cameras": cameras, "sensors": sensors,
}
out = os.path.join(os.path.dirname(__file__), "..", "resources", "demo", "plant-layout.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(layout, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(areas)} areas, {len(structures)} structures, {len(equipment)} equipment, "
      f"{len(cameras)} cameras, {len(sensors)} sensors")
