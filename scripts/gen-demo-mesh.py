#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generates the demo plant's one mesh: a hyperbolic natural-draught cooling tower for structure UT1-CT1
(radius 10 m, height 14 m), as a Wavefront OBJ in metres, Z up, centred on its axis at ground level.
The shell stands on a ring of raker legs over a basin. Writes resources/demo/meshes/cooling-tower.obj."""
import math
import os

SEG = 48                      # around the axis
RINGS = 14                    # up the shell
BASE_R, THROAT_R, H = 10.0, 6.8, 14.0
LEG_TOP = 1.6                 # the shell starts above the legs
Z_THROAT = 0.78 * H
C = (Z_THROAT - LEG_TOP) / math.sqrt((BASE_R / THROAT_R) ** 2 - 1)

verts, faces = [], []


def v(x, y, z):
    verts.append((x, y, z))
    return len(verts)  # OBJ indices are 1-based


def radius(z):
    return THROAT_R * math.sqrt(1 + ((z - Z_THROAT) / C) ** 2)


# Shell: quads between rings, outer surface wound outwards.
rings = []
for k in range(RINGS + 1):
    z = LEG_TOP + (H - LEG_TOP) * k / RINGS
    r = radius(z)
    rings.append([v(r * math.cos(2 * math.pi * i / SEG), r * math.sin(2 * math.pi * i / SEG), z) for i in range(SEG)])
for k in range(RINGS):
    for i in range(SEG):
        j = (i + 1) % SEG
        faces.append((rings[k][i], rings[k][j], rings[k + 1][j], rings[k + 1][i]))
# A lip at the top: a thin flat ring 0.3 m wide.
inner = [v((radius(H) - 0.3) * math.cos(2 * math.pi * i / SEG), (radius(H) - 0.3) * math.sin(2 * math.pi * i / SEG), H)
         for i in range(SEG)]
for i in range(SEG):
    j = (i + 1) % SEG
    faces.append((rings[-1][i], rings[-1][j], inner[j], inner[i]))


def box(cx, cy, z0, z1, hw, hd, angle):
    """A post of half-width hw and half-depth hd around (cx, cy), turned by angle."""
    ca, sa = math.cos(angle), math.sin(angle)
    corners = [(-hw, -hd), (hw, -hd), (hw, hd), (-hw, hd)]
    pts = [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in corners]
    b = [v(x, y, z0) for x, y in pts]
    t = [v(x, y, z1) for x, y in pts]
    faces.append((t[0], t[1], t[2], t[3]))
    for i in range(4):
        j = (i + 1) % 4
        faces.append((b[i], b[j], t[j], t[i]))


# Raker legs: pairs leaning towards each other (a diagonal lattice), 24 around.
LEGS = 24
for i in range(LEGS):
    a = 2 * math.pi * i / LEGS
    r = BASE_R - 0.2
    box(r * math.cos(a), r * math.sin(a), 0.0, LEG_TOP, 0.25, 0.25, a)
# Basin wall: a low ring 0.8 m high just outside the shell's foot.
basin_in, basin_out = [], []
for i in range(SEG):
    a = 2 * math.pi * i / SEG
    basin_in.append((v(10.3 * math.cos(a), 10.3 * math.sin(a), 0.0), v(10.3 * math.cos(a), 10.3 * math.sin(a), 0.8)))
    basin_out.append((v(10.8 * math.cos(a), 10.8 * math.sin(a), 0.0), v(10.8 * math.cos(a), 10.8 * math.sin(a), 0.8)))
for i in range(SEG):
    j = (i + 1) % SEG
    faces.append((basin_out[i][0], basin_out[j][0], basin_out[j][1], basin_out[i][1]))
    faces.append((basin_in[j][0], basin_in[i][0], basin_in[i][1], basin_in[j][1]))
    faces.append((basin_in[i][1], basin_out[i][1], basin_out[j][1], basin_in[j][1]))

out = os.path.join(os.path.dirname(__file__), "..", "resources", "demo", "meshes", "cooling-tower.obj")
with open(out, "w") as f:
    f.write("# Guardline demo: natural-draught cooling tower UT1-CT1 (scripts/gen-demo-mesh.py), metres, Z up\n")
    f.write("o cooling_tower\n")
    for x, y, z in verts:
        f.write(f"v {x:.3f} {y:.3f} {z:.3f}\n")
    for face in faces:
        f.write("f " + " ".join(str(i) for i in face) + "\n")
print(f"{out}: {len(verts)} vertices, {len(faces)} faces, {os.path.getsize(out)} bytes")
