# bench/http/cg: N GET requests over CONNS (argv[3]) keep-alive connections, each answer awaited (plain or chunked).
import socket, sys
port, n, conns = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv)>3 else 1
req = b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % port
socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(conns)]
done = 0
while done < n:
    active = socks[:min(conns, n-done)]
    for s in active: s.sendall(req)
    for s in active:
        buf = b""
        while not (buf.endswith(b"Hello, World!\n") or buf.endswith(b"\r\n0\r\n\r\n")):
            d = s.recv(4096)
            if not d: sys.exit("eof")
            buf += d
    done += len(active)
