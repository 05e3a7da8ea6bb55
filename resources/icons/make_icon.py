"""Draws Atelier's application icon (atelier.png, atelier.ico) with Pillow.

Run once when the design changes: ``python resources/icons/make_icon.py``. The font is
reportlab's Vera Bold, so the result is the same on every machine.
"""

from __future__ import annotations

from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SIZE = 512
TOP, BOTTOM = (32, 86, 160), (14, 44, 96)
ACCENT = (245, 166, 35)


def draw(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` pixels: a blue rounded tile, a white "A" and an orange swoosh."""
    scale = 4
    big = size * scale
    gradient = Image.new("RGB", (1, big))
    for y in range(big):
        t = y / (big - 1)
        gradient.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM)))
    tile = gradient.resize((big, big))
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=255)
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    image.paste(tile, (0, 0), mask)
    pen = ImageDraw.Draw(image)
    pen.arc((big * 0.12, big * 0.52, big * 0.88, big * 0.98), start=200, end=340, fill=ACCENT,
            width=big // 16)
    font = ImageFont.truetype(str(Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf"), int(big * 0.62))
    pen.text((big / 2, big * 0.44), "A", font=font, fill="white", anchor="mm")
    return image.resize((size, size), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    icon = draw()
    icon.save(HERE / "atelier.png")
    icon.save(HERE / "atelier.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"wrote {HERE / 'atelier.png'} and {HERE / 'atelier.ico'}")
