"""Scenes of the centre's life: a stage with musicians, a classroom, a screen for the
digital arts, people at a workshop, and the land and guest houses of its projects."""

from . import instruments

SHIRTS = ["terracotta", "blue", "green", "plum", "gold", "#3d6f8f", "#b5654a"]
SKINS = ["skin", "skin_dark", "#d9a27a"]


def person(canvas, x, feet, height, shirt, skin="skin", hair="ink"):
    """A standing person, `height` tall (a fraction of the picture's height)."""
    h = height
    w = h * canvas.height / canvas.width  # one unit of height, across
    canvas.rect(x - 0.09 * w, feet - 0.45 * h, x - 0.02 * w, feet, "ink", radius=0.01 * h)
    canvas.rect(x + 0.02 * w, feet - 0.45 * h, x + 0.09 * w, feet, "ink", radius=0.01 * h)
    canvas.rect(x - 0.13 * w, feet - 0.82 * h, x + 0.13 * w, feet - 0.4 * h, shirt, 0.06 * h)
    canvas.circle(x, feet - 0.9 * h, 0.1 * h, skin)
    canvas.ellipse(x - 0.1 * w, feet - 1.0 * h, x + 0.1 * w, feet - 0.9 * h, hair)


def seated(canvas, x, seat, height, shirt, skin="skin", hair="ink"):
    """A person seen from behind or across a desk: head and shoulders above `seat`."""
    h = height
    w = h * canvas.height / canvas.width
    canvas.rect(x - 0.22 * w, seat - 0.45 * h, x + 0.22 * w, seat, shirt, radius=0.12 * h)
    canvas.circle(x, seat - 0.62 * h, 0.17 * h, skin)
    canvas.ellipse(x - 0.17 * w, seat - 0.8 * h, x + 0.17 * w, seat - 0.6 * h, hair)


def stage(canvas):
    """Musicians on a stage under spotlights, the audience in front."""
    canvas.rect(0, 0, 1, 1, "#2a1f2d")
    for step in range(10):
        x = step / 10
        canvas.ellipse(x - 0.02, -0.06, x + 0.12, 0.1, "terracotta")
    canvas.rect(0, 0, 0.07, 0.75, "terracotta")
    canvas.rect(0.93, 0, 1, 0.75, "terracotta")
    canvas.rect(0, 0.72, 1, 1, "wood")
    canvas.rect(0, 0.72, 1, 0.74, "light_wood")
    for x in (0.25, 0.5, 0.75):
        canvas.glow([(x, 0.02), (x - 0.15, 0.78), (x + 0.15, 0.78)], "gold", 55)
        canvas.circle(x, 0.04, 0.03, "gold")
    canvas.place(instruments.piano_layer(), 0.18, 0.56, 0.34)
    person(canvas, 0.18, 0.78, 0.3, "plum", "skin_dark")
    person(canvas, 0.38, 0.76, 0.42, "blue", "skin")
    canvas.place(instruments.saxophone_layer(), 0.39, 0.55, 0.24, -10)
    person(canvas, 0.58, 0.76, 0.4, "terracotta", "#d9a27a")
    canvas.place(instruments.dutar_layer(), 0.59, 0.5, 0.36, 50)
    person(canvas, 0.78, 0.76, 0.41, "green", "skin_dark")
    canvas.place(instruments.doira_layer(), 0.78, 0.5, 0.14)
    for step in range(9):
        x = 0.06 + step * 0.11
        seated(canvas, x, 1.04, 0.22, "#1a1418", hair="#120d10")


def classroom(canvas):
    """A music lesson: a teacher at the blackboard, students with instruments."""
    canvas.rect(0, 0, 1, 1, "cream")
    canvas.rect(0, 0.78, 1, 1, "light_wood")
    canvas.rect(0.2, 0.08, 0.8, 0.45, "green", radius=0.01)
    canvas.rect(0.2, 0.45, 0.8, 0.47, "wood")
    for line in range(5):
        y = 0.17 + line * 0.03
        canvas.line([(0.26, y), (0.74, y)], "cream", 0.003)
    for step, line in enumerate([4, 2, 3, 1, 2, 0, 3]):
        x = 0.32 + step * 0.06
        y = 0.17 + line * 0.03
        canvas.circle(x, y, 0.016, "cream")
        canvas.line([(x + 0.012, y), (x + 0.012, y - 0.09)], "cream", 0.004)
    canvas.text(0.26, 0.37, "♩ = 96", "cream", 0.05, anchor="lm")
    person(canvas, 0.12, 0.82, 0.5, "terracotta", "skin")
    canvas.line([(0.16, 0.5), (0.24, 0.3)], "wood", 0.008)
    for step, (x, shirt) in enumerate([(0.36, "blue"), (0.58, "plum"), (0.8, "gold")]):
        seated(canvas, x, 0.86, 0.34, shirt, SKINS[step % 3])
        layer = [instruments.rubab_layer, instruments.dutar_layer, instruments.doira_layer][step]
        canvas.place(layer(), x + 0.05, 0.74, 0.3 if step < 2 else 0.15, 60 if step < 2 else 0)
    canvas.rect(0.28, 0.84, 0.92, 0.9, "wood", radius=0.01)


def screen(canvas):
    """Digital arts: a monitor with an animation in the making, a tablet and a pen."""
    canvas.rect(0, 0, 1, 1, "#dfe6ee")
    canvas.rect(0, 0.74, 1, 1, "wood")
    canvas.rect(0.22, 0.08, 0.78, 0.62, "ink", radius=0.02)
    canvas.rect(0.24, 0.11, 0.76, 0.59, "sky")
    for frame in range(4):
        x = 0.26 + frame * 0.125
        canvas.rect(x, 0.44, x + 0.11, 0.56, "white", radius=0.005)
        canvas.circle(x + 0.035 + frame * 0.012, 0.48, 0.018, "terracotta")
        canvas.line([(x + 0.02, 0.54), (x + 0.09, 0.54)], "green", 0.006)
    canvas.circle(0.5, 0.22, 0.06, "gold")
    person(canvas, 0.42, 0.42, 0.22, "terracotta", "skin")
    canvas.place(instruments.dutar_layer(), 0.6, 0.3, 0.22, 30)
    canvas.rect(0.47, 0.62, 0.53, 0.72, "grey")
    canvas.rect(0.4, 0.72, 0.6, 0.74, "grey")
    canvas.rect(0.62, 0.78, 0.86, 0.92, "ink", radius=0.01)
    canvas.rect(0.64, 0.8, 0.84, 0.9, "#3a3f4a")
    canvas.line([(0.7, 0.95), (0.8, 0.82)], "gold", 0.01)
    seated(canvas, 0.12, 1.02, 0.5, "blue", "skin_dark")


def people(canvas):
    """A workshop: people round a table, one of them at a flipchart."""
    canvas.rect(0, 0, 1, 1, "cream")
    canvas.rect(0, 0.7, 1, 1, "#c9b79c")
    canvas.rect(0.06, 0.1, 0.24, 0.4, "sky")
    canvas.rect(0.06, 0.24, 0.24, 0.26, "cream")
    canvas.rect(0.74, 0.12, 0.92, 0.56, "white", radius=0.01)
    for step in range(4):
        canvas.line([(0.77, 0.2 + step * 0.08), (0.88, 0.2 + step * 0.08)], "blue", 0.008)
    canvas.line([(0.76, 0.56), (0.72, 0.8)], "ink", 0.008)
    canvas.line([(0.9, 0.56), (0.94, 0.8)], "ink", 0.008)
    person(canvas, 0.66, 0.84, 0.55, "plum", "#d9a27a")
    for step in range(5):
        seated(canvas, 0.18 + step * 0.1, 0.66, 0.3, SHIRTS[step], SKINS[step % 3])
    canvas.rect(0.1, 0.64, 0.62, 0.74, "wood", radius=0.01)
    for step in range(4):
        canvas.rect(0.15 + step * 0.11, 0.655, 0.2 + step * 0.11, 0.675, "white")
    for step in range(4):
        seated(canvas, 0.22 + step * 0.11, 1.02, 0.3, SHIRTS[step + 3], SKINS[(step + 1) % 3])


def mountains(canvas, horizon=0.62):
    canvas.rect(0, 0, 1, horizon, "sky")
    canvas.circle(0.82, 0.16, 0.07, "gold")
    peaks = [(0.0, 0.4), (0.18, 0.18), (0.34, 0.42), (0.52, 0.12), (0.72, 0.38), (0.9, 0.2)]
    for index, (x, top) in enumerate(peaks):
        canvas.polygon([(x - 0.2, horizon), (x, top), (x + 0.2, horizon)], "#7d8fa3")
        canvas.polygon(
            [(x - 0.05, top + 0.07), (x, top), (x + 0.05, top + 0.07), (x, top + 0.05)],
            "white",
        )
        if index % 2:
            canvas.polygon(
                [(x - 0.1, horizon), (x + 0.05, top + 0.2), (x + 0.2, horizon)], "#66788d"
            )
    canvas.rect(0, horizon, 1, 1, "leaf")


def landscape(canvas):
    """A mountain valley with a river, fields and poplars."""
    mountains(canvas)
    canvas.polygon([(0.45, 0.62), (0.5, 0.62), (0.35, 1.0), (0.18, 1.0)], "#4d86b8")
    for row in range(3):
        y = 0.68 + row * 0.1
        canvas.rect(0.55, y, 0.95, y + 0.07, ["green", "#a7b85a", "#6f9a4d"][row])
    for x in (0.08, 0.12, 0.6, 0.64, 0.68):
        canvas.ellipse(x - 0.015, 0.5, x + 0.015, 0.68, "green")
    person(canvas, 0.86, 0.95, 0.25, "terracotta", "skin_dark")


def guest_house(canvas):
    """A village guest house with solar panels on its flat roof, hosts at the door."""
    mountains(canvas, horizon=0.66)
    canvas.rect(0.22, 0.4, 0.7, 0.86, "#e8d3b0")
    canvas.rect(0.2, 0.36, 0.72, 0.41, "wood")
    canvas.polygon([(0.28, 0.36), (0.33, 0.26), (0.47, 0.26), (0.42, 0.36)], "blue")
    canvas.polygon([(0.48, 0.36), (0.53, 0.26), (0.67, 0.26), (0.62, 0.36)], "blue")
    for x in (0.3, 0.55):
        canvas.rect(x, 0.48, x + 0.08, 0.6, "sky")
        canvas.rect(x, 0.53, x + 0.08, 0.545, "wood")
    canvas.rect(0.42, 0.6, 0.5, 0.86, "terracotta")
    canvas.rect(0.74, 0.74, 0.96, 0.8, "wood")
    canvas.rect(0.72, 0.71, 0.98, 0.745, "terracotta")
    person(canvas, 0.8, 0.92, 0.3, "plum", "skin")
    person(canvas, 0.9, 0.92, 0.28, "green", "skin_dark")
