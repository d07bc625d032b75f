#!/usr/bin/env python3
"""Writes the alarm tones in resources/sounds/ (16 kHz mono 16-bit WAV), one per priority.

Each priority has its own pattern so that an operator knows the priority without looking (ISA-18.2,
EEMUA 191): critical a fast two-tone yelp, high three fast beeps, medium two slow beeps, low one soft
chime. Each file is one cycle; the annunciator repeats it until the alarms are acknowledged or silenced.
"""
import math
import os
import struct
import wave

RATE = 16000


def tone(freq, seconds, volume=0.6, fade=0.01):
    n = int(RATE * seconds)
    f = int(RATE * fade)
    out = []
    for i in range(n):
        env = min(1.0, i / f if f else 1.0, (n - i) / f if f else 1.0)
        out.append(volume * env * math.sin(2 * math.pi * freq * i / RATE))
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


PATTERNS = {
    'critical': (tone(1400, 0.12) + tone(1000, 0.12)) * 3 + silence(0.25),
    'high': (tone(1200, 0.1) + silence(0.08)) * 3 + silence(0.6),
    'medium': (tone(900, 0.18) + silence(0.25)) * 2 + silence(1.2),
    'low': tone(660, 0.35, volume=0.4, fade=0.08) + silence(2.0),
}

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'sounds')
os.makedirs(here, exist_ok=True)
for name, samples in PATTERNS.items():
    with wave.open(os.path.join(here, f'alarm-{name}.wav'), 'wb') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b''.join(struct.pack('<h', int(max(-1, min(1, s)) * 32767)) for s in samples))
