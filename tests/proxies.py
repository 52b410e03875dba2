"""Real local proxies for the tests, each in a thread of its own: an HTTP CONNECT proxy (plain or
over TLS) and a SOCKS5 server, both with an optional user and password, counting the tunnels they
opened; and a throwaway certificate authority for TLS upstreams and TLS proxies."""

from __future__ import annotations

import asyncio
import base64
import datetime
import ipaddress
import ssl
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOUR, DAY = datetime.timedelta(hours=1), datetime.timedelta(days=1)


@dataclass
class ScratchCA:
    """A CA and a certificate for 127.0.0.1 and localhost it signed, as PEM files."""

    ca_pem: Path
    cert_pem: Path
    key_pem: Path

    @classmethod
    def make(cls, directory: Path) -> ScratchCA:
        now = datetime.datetime.now(datetime.UTC)
        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tallygate test CA")])
        ca = (
            x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
            .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - HOUR).not_valid_after(now + DAY)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                           content_commitment=False, key_encipherment=False, data_encipherment=False,
                           key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(ca_key, hashes.SHA256())
        )  # fmt: skip
        key = ec.generate_private_key(ec.SECP256R1())
        names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - HOUR).not_valid_after(now + DAY)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .sign(ca_key, hashes.SHA256())
        )  # fmt: skip
        directory.mkdir(parents=True, exist_ok=True)
        made = cls(directory / "ca.pem", directory / "cert.pem", directory / "key.pem")
        made.ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        made.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        made.key_pem.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        return made

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert_pem, self.key_pem)
        return ctx


@dataclass
class LocalProxy:
    """`kind` "connect" (an HTTP proxy; over TLS with `tls`) or "socks5"."""

    kind: str
    username: str = ""
    password: str = ""
    tls: ssl.SSLContext | None = None
    port: int = 0
    tunnels: list[str] = field(default_factory=list)  # host:port of each tunnel opened
    refused: int = 0  # attempts with a wrong or missing password
    _loop: asyncio.AbstractEventLoop | None = None
    _server: asyncio.Server | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        scheme = {"connect": "https" if self.tls else "http", "socks5": "socks5"}[self.kind]
        # Percent-encoded, as a URL carries a password with ":", "@" or "/" in it.
        auth = f"{quote(self.username, safe='')}:{quote(self.password, safe='')}@" if self.username else ""
        return f"{scheme}://{auth}127.0.0.1:{self.port}"

    def start(self) -> LocalProxy:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            handler = self._connect if self.kind == "connect" else self._socks5
            self._server = self._loop.run_until_complete(
                asyncio.start_server(handler, "127.0.0.1", 0, ssl=self.tls)
            )
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop is not None and self._server is not None:
            server, loop = self._server, self._loop

            async def close() -> None:
                server.close()
                tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
                for task in tasks:  # tunnels still open: end them, so none is left half-run
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                loop.stop()

            asyncio.run_coroutine_threadsafe(close(), loop)
        if self._thread is not None:
            self._thread.join(10)
        if self._loop is not None and not self._loop.is_running():
            self._loop.close()

    async def _connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        if self.username:
            want = "Basic " + base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
            if headers.get("proxy-authorization") != want:
                self.refused += 1
                writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
                writer.close()
                return
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            writer.close()
            return
        host, _, port = target.rpartition(":")
        await self._tunnel(
            host.strip("[]"), int(port), reader, writer, b"HTTP/1.1 200 Connection established\r\n\r\n"
        )

    async def _socks5(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            version, n = await reader.readexactly(2)
            methods = await reader.readexactly(n)
            want = 2 if self.username else 0
            if version != 5 or want not in methods:
                writer.write(b"\x05\xff")
                writer.close()
                return
            writer.write(bytes([5, want]))
            if want == 2:
                _, ulen = await reader.readexactly(2)
                user = await reader.readexactly(ulen)
                (plen,) = await reader.readexactly(1)
                password = await reader.readexactly(plen)
                if (user.decode(), password.decode()) != (self.username, self.password):
                    self.refused += 1
                    writer.write(b"\x01\x01")
                    writer.close()
                    return
                writer.write(b"\x01\x00")
            _, _, _, kind = await reader.readexactly(4)
            if kind == 1:
                host = str(ipaddress.ip_address(await reader.readexactly(4)))
            elif kind == 4:
                host = str(ipaddress.ip_address(await reader.readexactly(16)))
            else:
                (length,) = await reader.readexactly(1)
                host = (await reader.readexactly(length)).decode("idna")
            (port,) = struct.unpack("!H", await reader.readexactly(2))
        except asyncio.IncompleteReadError:
            writer.close()
            return
        reply = b"\x05\x00\x00\x01" + bytes(4) + b"\x00\x00"
        await self._tunnel(host, port, reader, writer, reply)

    async def _tunnel(
        self, host: str, port: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, ok: bytes
    ) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(host, port)
        except OSError:
            writer.write(
                b"HTTP/1.1 502 Bad Gateway\r\n\r\n"
                if self.kind == "connect"
                else b"\x05\x05\x00\x01" + bytes(6)
            )
            writer.close()
            return
        self.tunnels.append(f"{host}:{port}")
        writer.write(ok)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
