"""The change score on small grey thumbnails: what counts as a change and what does not."""

from __future__ import annotations

import cv2
import numpy as np

from desktop_app.media.framepolicy import DEFAULT_CHANGE_THRESHOLD
from desktop_app.media.frames import THUMB_SIDE, change_score, thumbnail

RNG = np.random.default_rng(3)


def screen(text_lines: int = 3, cursor: bool = False, noise: float = 0.0) -> np.ndarray:
    """A 1280×800 editor: dark text on white, a caret after the last line."""
    img = np.full((800, 1280, 3), 245, np.uint8)
    for line in range(text_lines):
        cv2.putText(img, "def change_score(before, after): return 0.0  # typed",
                    (40, 60 + 28 * line), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (30, 30, 30), 2)
    if cursor:
        y = 60 + 28 * text_lines
        img[y - 20:y + 4, 40:42] = 0
    if noise:
        img = np.clip(img + RNG.normal(0, noise, img.shape), 0, 255).astype(np.uint8)
    return img


def score(a: np.ndarray, b: np.ndarray) -> float:
    return change_score(thumbnail(a), thumbnail(b))


def test_the_thumbnail_is_small_grey_and_keeps_the_aspect() -> None:
    thumb = thumbnail(screen())
    assert thumb.dtype == np.uint8 and thumb.shape == (40, THUMB_SIDE)
    assert thumbnail(np.zeros((1080, 1920, 3), np.uint8)).shape == (36, 64)
    assert thumbnail(np.zeros((30, 40, 3), np.uint8)).shape == (30, 40)  # never enlarged


def test_sensor_noise_and_a_blinking_cursor_are_no_change() -> None:
    assert score(screen(noise=6.0), screen(noise=6.0)) == 0.0
    assert score(screen(cursor=False), screen(cursor=True)) < DEFAULT_CHANGE_THRESHOLD / 4


def test_a_line_of_typing_is_small_several_add_up_and_a_new_slide_is_big() -> None:
    one_line = score(screen(3), screen(4))
    assert 0 < one_line < DEFAULT_CHANGE_THRESHOLD
    assert score(screen(3), screen(8)) >= DEFAULT_CHANGE_THRESHOLD
    slide = np.full((800, 1280, 3), (120, 40, 20), np.uint8)
    assert score(screen(), slide) > 0.5


def test_nothing_to_compare_with_is_a_full_change() -> None:
    assert change_score(None, thumbnail(screen())) == 1.0
    assert change_score(thumbnail(screen()), np.zeros((36, 64), np.uint8)) == 1.0
