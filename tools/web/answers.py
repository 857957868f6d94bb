#!/usr/bin/env python3
"""answers.py PORT PATHS OUT: asks a running server for every address of PATHS (one a line), on one
kept-alive connection, and writes each answer to OUT as the address, its status and its body's length on
one line, then the body and a newline. Two builds' OUT files are equal (`cmp`) when they answered every
address byte for byte the same.

   tools/web/answers.py 8099 qcold.txt before.out   # then, on the other build: ... after.out; cmp before.out after.out
"""
import http.client
import sys

port, paths, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
with open(paths) as lines, open(out, "wb") as sink:
    for line in lines:
        path = line.strip()
        if not path:
            continue
        conn.request("GET", path)
        answer = conn.getresponse()
        body = answer.read()
        sink.write(f"{path} {answer.status} {len(body)}\n".encode())
        sink.write(body + b"\n")
