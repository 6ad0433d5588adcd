using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Ssl
{
    /// <summary>
    /// ssl against a peer that is plain .NET (SslStream over a TcpListener/TcpClient) with a self-signed
    /// certificate made here with CertificateRequest. Messages and helper results are the ones python2.7
    /// printed (tests/conformance-extra/socket/ssl_tls.stdout and the values noted per test).
    /// </summary>
    public sealed class SslTests : IDisposable
    {
        readonly string dir = Directory.CreateTempSubdirectory("py2cs-ssl").FullName;
        readonly X509Certificate2 certificate;
        readonly string certPath, keyPath, otherPath;

        public SslTests()
        {
            (certificate, certPath, keyPath) = MakeCertificate("py2cs-test", "cert");
            (_, otherPath, _) = MakeCertificate("other", "other");
        }

        public void Dispose() => Directory.Delete(dir, recursive: true);

        (X509Certificate2, string, string) MakeCertificate(string commonName, string name)
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=" + commonName, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddDnsName("localhost");
            san.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            string certFile = Path.Combine(dir, name + ".pem"), keyFile = Path.Combine(dir, name + "-key.pem");
            File.WriteAllText(certFile, cert.ExportCertificatePem() + "\n");
            File.WriteAllText(keyFile, rsa.ExportPkcs8PrivateKeyPem() + "\n");
            return (X509Certificate2.CreateFromPemFile(certFile, keyFile), certFile, keyFile);
        }

        static PyObject Module(string name) => Importer.ImportModule(name);
        static PyObject S(string s) => PyStr.FromString(s);

        static PyObject Connect(int port) =>
            Ops.Call(Ops.GetAttr(Module("socket"), "create_connection"), PyTuple.Create(S("127.0.0.1"), PyInt.From(port)));

        static PyObject WrapClient(PyObject sock, string caCerts) =>
            Ops.Call(Ops.GetAttr(Module("ssl"), "wrap_socket"), new[] { sock, PyInt.From(2), S(caCerts) },
                new[] { PyStr.FromString("cert_reqs"), PyStr.FromString("ca_certs") });

        /// <summary>A .NET TLS server that echoes one message upper-cased.</summary>
        (TcpListener, Task) EchoServer()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var task = Task.Run(async () =>
            {
                using var client = await listener.AcceptTcpClientAsync();
                using var tls = new SslStream(client.GetStream());
                try
                {
                    await tls.AuthenticateAsServerAsync(certificate);
                    var buffer = new byte[100];
                    int n = await tls.ReadAsync(buffer);
                    await tls.WriteAsync(Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(buffer, 0, n).ToUpperInvariant()));
                }
                catch (Exception) { }
            });
            return (listener, task);
        }

        [Fact]
        public void Client_verifies_the_server_and_exchanges_data()
        {
            var (listener, server) = EchoServer();
            var c = WrapClient(Connect(((IPEndPoint)listener.LocalEndpoint).Port), certPath);
            var peer = Ops.CallMethod(c, "getpeercert");
            Assert.Equal("((('commonName', u'py2cs-test'),),)", Ops.Repr(Ops.GetItem(peer, S("subject"))).ToString());
            Assert.Equal("(('DNS', 'localhost'), ('IP Address', '127.0.0.1'))", Ops.Repr(Ops.GetItem(peer, S("subjectAltName"))).ToString());
            Assert.Equal("3L", Ops.Repr(Ops.GetItem(peer, S("version"))).ToString());
            var der = (PyStr)Ops.CallMethod(c, "getpeercert", PyBool.True);
            Assert.Equal(certificate.RawData, der.Bytes.ToArray());
            var cipher = Ops.CallMethod(c, "cipher");
            Assert.Equal(Ops.CallMethod(c, "version").ToString(), Ops.GetItem(cipher, PyInt.From(1)).ToString());
            Assert.Equal(5, Ops.ToInt32(Ops.CallMethod(c, "write", S("hello"))));
            Assert.Equal("HELLO", Ops.CallMethod(c, "read").ToString());
            Ops.CallMethod(c, "close");
            server.Wait(TimeSpan.FromSeconds(30));
            listener.Stop();
        }

        [Fact]
        public void Client_rejects_a_server_its_ca_certs_do_not_sign()
        {
            var (listener, server) = EchoServer();
            var e = Assert.Throws<PythonException>(() => WrapClient(Connect(((IPEndPoint)listener.LocalEndpoint).Port), otherPath));
            Assert.True(e.Matches(Ops.GetAttr(Module("ssl"), "SSLError")));
            // python2.7 (OpenSSL 3.0): str(e) and e.reason
            Assert.Equal("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (_ssl.c:727)", Ops.Str(e.Value).ToString());
            Assert.Equal("CERTIFICATE_VERIFY_FAILED", Ops.GetAttr(e.Value, "reason").ToString());
            Assert.Equal(1, Ops.ToInt32(Ops.GetAttr(e.Value, "errno")));
            server.Wait(TimeSpan.FromSeconds(30));
            listener.Stop();
        }

        [Fact]
        public void Server_side_socket_serves_a_dotnet_client()
        {
            var socketModule = Module("socket");
            var listening = Ops.Call(Ops.GetAttr(socketModule, "socket"));
            Ops.CallMethod(listening, "bind", PyTuple.Create(S("127.0.0.1"), PyInt.From(0)));
            Ops.CallMethod(listening, "listen", PyInt.From(1));
            int port = Ops.ToInt32(Ops.GetItem(Ops.CallMethod(listening, "getsockname"), PyInt.From(1)));
            var client = Task.Run(async () =>
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                using var tls = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);
                await tls.AuthenticateAsClientAsync("localhost");
                await tls.WriteAsync(Encoding.ASCII.GetBytes("ping"));
                var buffer = new byte[100];
                int n = await tls.ReadAsync(buffer);
                return Encoding.ASCII.GetString(buffer, 0, n);
            });
            var accepted = Ops.GetItem(Ops.CallMethod(listening, "accept"), PyInt.From(0));
            var s = Ops.Call(Ops.GetAttr(Module("ssl"), "wrap_socket"), new[] { accepted, PyBool.True, S(certPath), S(keyPath) },
                new[] { PyStr.FromString("server_side"), PyStr.FromString("certfile"), PyStr.FromString("keyfile") });
            Assert.Equal("ping", Ops.CallMethod(s, "recv", PyInt.From(100)).ToString());
            Ops.CallMethod(s, "sendall", S("pong"));
            Assert.True(client.Wait(TimeSpan.FromSeconds(30)));
            Assert.Equal("pong", client.Result);
            // no client certificate was asked for: getpeercert() is None (python2.7: "server peercert None")
            Assert.Same(PyNone.None, Ops.CallMethod(s, "getpeercert"));
            Ops.CallMethod(s, "close");
            Ops.CallMethod(listening, "close");
        }

        [Fact]
        public void Server_side_requires_a_certfile()
        {
            var sock = Ops.Call(Ops.GetAttr(Module("socket"), "socket"));
            var e = Assert.Throws<PythonException>(() => Ops.Call(Ops.GetAttr(Module("ssl"), "wrap_socket"), new[] { sock, PyBool.True },
                new[] { PyStr.FromString("server_side") }));
            Assert.Equal("certfile must be specified for server-side operations", Ops.Str(e.Value).ToString());
            Ops.CallMethod(sock, "close");
        }

        [Theory]
        // python2.7: ssl.cert_time_to_seconds(text)
        [InlineData("May  9 00:00:00 2007 GMT", 1178668800L)]
        [InlineData("Jan  5 09:34:43 2018 GMT", 1515144883L)]
        [InlineData("jan 05 09:34:43 2018 GMT", 1515144883L)]
        [InlineData("Jan  5 09:34:61 2018 GMT", 1515144901L)]
        public void Certificate_times(string text, long seconds) =>
            Assert.Equal(seconds, Ops.IndexToLong(Ops.Call(Ops.GetAttr(Module("ssl"), "cert_time_to_seconds"), S(text))));

        [Fact]
        public void Certificate_time_with_an_unknown_month()
        {
            var e = Assert.Throws<PythonException>(() => Ops.Call(Ops.GetAttr(Module("ssl"), "cert_time_to_seconds"), S("xyz")));
            Assert.Equal("time data 'xyz' does not match format \"%b %d %H:%M:%S %Y GMT\"", Ops.Str(e.Value).ToString());
        }

        [Fact]
        public void Pem_and_der_conversions()
        {
            var ssl = Module("ssl");
            var pem = Ops.Call(Ops.GetAttr(ssl, "DER_cert_to_PEM_cert"), S("ab"));
            // python2.7: u'-----BEGIN CERTIFICATE-----\nYWI=\n-----END CERTIFICATE-----\n'
            Assert.Equal("u'-----BEGIN CERTIFICATE-----\\nYWI=\\n-----END CERTIFICATE-----\\n'", Ops.Repr(pem).ToString());
            Assert.Equal("'ab'", Ops.Repr(Ops.Call(Ops.GetAttr(ssl, "PEM_cert_to_DER_cert"), pem)).ToString());
            var e = Assert.Throws<PythonException>(() => Ops.Call(Ops.GetAttr(ssl, "PEM_cert_to_DER_cert"), S("junk")));
            Assert.Equal("Invalid PEM encoding; must start with -----BEGIN CERTIFICATE-----", Ops.Str(e.Value).ToString());
        }
    }
}
