"""The instruments of the centre's music, each drawn upright on a layer of its own
(`*_layer`) that scenes place in musicians' hands, and as a picture of its own."""

import math

from .canvas import Canvas

LAYER_HEIGHT = 800


def dutar_layer():
    """The two-stringed long-necked lute of Tajik and Uzbek music."""
    c = Canvas.layer(200, LAYER_HEIGHT)
    c.rect(0.44, 0.03, 0.56, 0.72, "wood", radius=0.005)
    for y in range(12):
        c.line([(0.44, 0.1 + y * 0.045), (0.56, 0.1 + y * 0.045)], "ink", 0.002)
    c.rect(0.36, 0.0, 0.64, 0.05, "wood", radius=0.01)
    c.rect(0.2, 0.015, 0.36, 0.025, "ink")
    c.rect(0.64, 0.025, 0.8, 0.035, "ink")
    c.ellipse(0.06, 0.56, 0.94, 0.99, "light_wood")
    c.ellipse(0.14, 0.6, 0.86, 0.96, "#d8ae74")
    for x in (0.35, 0.65):
        c.circle(x, 0.72, 0.006, "ink")
    c.rect(0.38, 0.9, 0.62, 0.915, "ink")
    c.line([(0.47, 0.03), (0.47, 0.91)], "cream", 0.0015)
    c.line([(0.53, 0.03), (0.53, 0.91)], "cream", 0.0015)
    return c


def rubab_layer():
    """The Pamiri and Afghan rubab: a bowl with a skin, horns at its waist, a short neck."""
    c = Canvas.layer(260, LAYER_HEIGHT)
    c.rect(0.4, 0.04, 0.6, 0.45, "wood", radius=0.004)
    c.polygon([(0.38, 0.0), (0.62, 0.0), (0.6, 0.07), (0.4, 0.07)], "ink")
    for y in range(4):
        c.rect(0.22, 0.01 + y * 0.017, 0.4, 0.018 + y * 0.017, "light_wood")
    c.rect(0.28, 0.4, 0.72, 0.62, "wood", radius=0.02)
    c.polygon([(0.28, 0.55), (0.1, 0.5), (0.26, 0.62)], "wood")
    c.polygon([(0.72, 0.55), (0.9, 0.5), (0.74, 0.62)], "wood")
    c.ellipse(0.06, 0.58, 0.94, 0.99, "wood")
    c.ellipse(0.14, 0.64, 0.86, 0.96, "cream")
    c.rect(0.36, 0.86, 0.64, 0.88, "ink")
    for x in (0.45, 0.5, 0.55):
        c.line([(x, 0.02), (x, 0.87)], "#f7f0e2", 0.0015)
    for x, y in ((0.4, 0.47), (0.6, 0.47), (0.5, 0.52)):
        c.circle(x, y, 0.01, "gold")
    return c


def doira_layer():
    """The frame drum with jingle rings round the inside of its frame."""
    c = Canvas.layer(LAYER_HEIGHT, LAYER_HEIGHT)
    c.ellipse(0.02, 0.02, 0.98, 0.98, "wood")
    c.ellipse(0.08, 0.08, 0.92, 0.92, "#ecd3a6")
    c.ellipse(0.3, 0.3, 0.7, 0.7, "#e4c490")
    for step in range(24):
        angle = 2 * math.pi * step / 24
        x, y = 0.5 + 0.39 * math.cos(angle), 0.5 + 0.39 * math.sin(angle)
        c.circle(x, y, 0.03, outline="gold", width=0.01)
    for step in range(12):
        angle = 2 * math.pi * step / 12
        x, y = 0.5 + 0.47 * math.cos(angle), 0.5 + 0.47 * math.sin(angle)
        c.circle(x, y, 0.012, "terracotta")
    return c


def saxophone_layer():
    """A tenor saxophone: its neck and mouthpiece, the body, the bow and the bell."""
    c = Canvas.layer(420, LAYER_HEIGHT)
    c.line([(0.3, 0.02), (0.42, 0.06), (0.5, 0.12)], "ink", 0.015)
    c.line([(0.42, 0.06), (0.5, 0.12), (0.52, 0.2)], "gold", 0.025)
    c.line([(0.52, 0.2), (0.5, 0.5)], "gold", 0.045)
    c.line([(0.5, 0.5), (0.47, 0.78), (0.55, 0.9)], "gold", 0.065)
    c.line([(0.55, 0.9), (0.72, 0.9), (0.8, 0.78)], "gold", 0.075)
    c.line([(0.8, 0.8), (0.84, 0.62)], "gold", 0.09)
    c.ellipse(0.64, 0.55, 0.98, 0.64, "#b9862c")
    c.ellipse(0.68, 0.565, 0.94, 0.625, "ink")
    for step in range(7):
        c.circle(0.44, 0.3 + step * 0.065, 0.013, "#f5e0a8", outline="#8a6a1f", width=0.003)
    return c


def piano_layer():
    """An upright piano with its music stand open and a bench."""
    c = Canvas.layer(LAYER_HEIGHT, 700)
    c.rect(0.08, 0.05, 0.92, 0.78, "ink", radius=0.02)
    c.rect(0.1, 0.08, 0.9, 0.46, "#2c2420", radius=0.01)
    c.rect(0.36, 0.2, 0.64, 0.4, "white")
    for y in (0.25, 0.29, 0.33):
        c.line([(0.38, y), (0.62, y)], "grey", 0.003)
    c.rect(0.06, 0.46, 0.94, 0.62, "white")
    keys = 28
    for key in range(keys + 1):
        x = 0.06 + 0.88 * key / keys
        c.line([(x, 0.46), (x, 0.62)], "grey", 0.002)
    for key in range(keys):
        if key % 7 in (0, 1, 3, 4, 5):
            x = 0.06 + 0.88 * (key + 0.7) / keys
            c.rect(x, 0.46, x + 0.018, 0.55, "ink")
    c.rect(0.12, 0.78, 0.16, 0.98, "ink")
    c.rect(0.84, 0.78, 0.88, 0.98, "ink")
    c.rect(0.3, 0.84, 0.7, 0.88, "wood", radius=0.01)
    c.rect(0.33, 0.88, 0.36, 0.99, "wood")
    c.rect(0.64, 0.88, 0.67, 0.99, "wood")
    return c


def on_a_rug(canvas, layer, height, angle):
    """A picture of one instrument lying on a patterned rug."""
    canvas.rect(0, 0, 1, 1, "terracotta")
    canvas.rect(0.05, 0.08, 0.95, 0.92, "#8c3620")
    for step in range(12):
        x = 0.08 + step * 0.077
        canvas.polygon([(x, 0.1), (x + 0.035, 0.16), (x, 0.22), (x - 0.035, 0.16)], "gold")
        canvas.polygon([(x, 0.78), (x + 0.035, 0.84), (x, 0.9), (x - 0.035, 0.84)], "gold")
    canvas.rect(0.1, 0.26, 0.9, 0.74, "cream", radius=0.02)
    canvas.place(layer, 0.5, 0.5, height, angle)


def dutar(canvas):
    on_a_rug(canvas, dutar_layer(), 1.2, 70)


def rubab(canvas):
    on_a_rug(canvas, rubab_layer(), 1.15, 65)


def doira(canvas):
    on_a_rug(canvas, doira_layer(), 0.6, 0)


def saxophone(canvas):
    canvas.rect(0, 0, 1, 1, "blue")
    canvas.glow([(0.5, 0), (0.3, 1), (0.7, 1)], "sky", 60)
    canvas.place(saxophone_layer(), 0.5, 0.5, 0.85, -15)


def piano(canvas):
    canvas.rect(0, 0, 1, 0.8, "cream")
    canvas.rect(0, 0.8, 1, 1, "wood")
    canvas.rect(0.08, 0.1, 0.28, 0.5, "gold", radius=0.01)
    canvas.rect(0.1, 0.13, 0.26, 0.47, "sky")
    canvas.place(piano_layer(), 0.55, 0.55, 0.8)
