"""Decodes an NMEA file with libais (Debian python3-ais: ais.decode(payload, fill_bits)) and prints
JSON {"messages": n, "wall_s": s, "cpu_s": s}. Multi-part messages are joined by channel and message id.
Checksums are not verified (libais does not), which favours libais slightly."""
import json
import sys
import time

import ais


def main(path):
    wall0 = time.perf_counter()
    cpu0 = time.process_time()
    decoded = 0
    pending = {}
    decode = ais.decode
    with open(path, 'rb') as f:
        for raw in f:
            if raw[:1] == b'\\':
                end = raw.find(b'\\', 1)
                if end < 0:
                    continue
                raw = raw[end + 1:]
            if raw[:1] != b'!':
                continue
            fields = raw.split(b',')
            if len(fields) < 7:
                continue
            try:
                count = int(fields[1])
                num = int(fields[2])
                fill = int(fields[6][:1])
            except ValueError:
                continue
            payload = fields[5]
            if count > 1:
                key = (fields[3], fields[4])
                if num == 1:
                    pending[key] = [payload]
                    continue
                parts = pending.get(key)
                if parts is None or len(parts) != num - 1:
                    pending.pop(key, None)
                    continue
                parts.append(payload)
                if num < count:
                    continue
                payload = b''.join(parts)
                del pending[key]
            try:
                decode(payload.decode('ascii'), fill)
                decoded += 1
            except Exception:
                pass
    print(json.dumps({
        'messages': decoded,
        'wall_s': time.perf_counter() - wall0,
        'cpu_s': time.process_time() - cpu0,
    }))


if __name__ == '__main__':
    main(sys.argv[1])
