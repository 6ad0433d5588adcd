using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Modules.Socket;

namespace Py2Cs.Runtime.Modules.Ssl;

/// <summary>
/// One TLS connection (2.7's _ssl._SSLSocket): .NET's SslStream over the socket's descriptor. Every
/// blocking call runs with the GIL released and touches no Python object; failures come back as
/// <see cref="TlsFailure"/> and become SSLError/socket.error with OpenSSL's texts where .NET exposes
/// them (.NET uses the system OpenSSL on Linux and passes its "error:...:reason" strings on).
/// </summary>
internal sealed class TlsChannel
{
    public const int CERT_NONE = 0, CERT_OPTIONAL = 1, CERT_REQUIRED = 2;

    readonly SslStream stream;
    readonly bool serverSide;
    readonly int verifyMode;
    readonly X509Certificate2 localCertificate;
    readonly X509Certificate2Collection trusted;
    readonly SslProtocols protocols;
    bool verificationFailed, peerMissing;

    public bool HandshakeDone { get; private set; }
    public X509Certificate2 PeerCertificate { get; private set; }
    public int VerifyMode => verifyMode;

    public TlsChannel(SocketState socket, bool serverSide, int verifyMode, X509Certificate2 localCertificate,
        X509Certificate2Collection trusted, SslProtocols protocols)
    {
        this.serverSide = serverSide;
        this.verifyMode = verifyMode;
        this.localCertificate = localCertificate;
        this.trusted = trusted;
        this.protocols = protocols;
        stream = new SslStream(new DescriptorStream(socket), leaveInnerStreamOpen: true, Validate);
    }

    /// <summary>OpenSSL's verification as 2.7 configures it: nothing for CERT_NONE; for OPTIONAL and
    /// REQUIRED the chain must end in one of ca_certs. wrap_socket does not match host names.</summary>
    bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
    {
        if (certificate != null) PeerCertificate = new X509Certificate2(certificate);
        if (verifyMode == CERT_NONE) return true;
        if (certificate == null)
        {
            peerMissing = verifyMode == CERT_REQUIRED;
            return !peerMissing;
        }
        using var own = new X509Chain();
        own.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        if (trusted != null) own.ChainPolicy.CustomTrustStore.AddRange(trusted);
        if (chain != null)
            foreach (var element in chain.ChainElements) own.ChainPolicy.ExtraStore.Add(element.Certificate);
        bool ok = trusted != null && trusted.Count > 0 && own.Build(PeerCertificate);
        verificationFailed = !ok;
        return ok;
    }

    public TlsFailure Handshake()
    {
        try
        {
            if (serverSide)
            {
                stream.AuthenticateAsServer(new SslServerAuthenticationOptions
                {
                    ServerCertificate = localCertificate,
                    ClientCertificateRequired = verifyMode != CERT_NONE,
                    EnabledSslProtocols = protocols,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                });
            }
            else
            {
                var options = new SslClientAuthenticationOptions
                {
                    TargetHost = "",
                    EnabledSslProtocols = protocols,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                };
                if (localCertificate != null) options.ClientCertificates = new X509CertificateCollection { localCertificate };
                stream.AuthenticateAsClient(options);
            }
            HandshakeDone = true;
            if (stream.RemoteCertificate != null && PeerCertificate == null) PeerCertificate = new X509Certificate2(stream.RemoteCertificate);
            return null;
        }
        catch (Exception e) { return Failure(e); }
    }

    public (byte[] Data, TlsFailure Failure) Read(int count)
    {
        var buffer = new byte[Math.Max(count, 0)];
        try
        {
            int n = count == 0 ? 0 : stream.Read(buffer, 0, count);
            Array.Resize(ref buffer, n);
            return (buffer, null);
        }
        catch (Exception e) { return (null, Failure(e)); }
    }

    public TlsFailure Write(byte[] data)
    {
        try { stream.Write(data, 0, data.Length); stream.Flush(); return null; }
        catch (Exception e) { return Failure(e); }
    }

    /// <summary>unwrap(): send close_notify; the socket stays open for plain use.</summary>
    public TlsFailure Shutdown()
    {
        try
        {
            stream.ShutdownAsync().GetAwaiter().GetResult();
            // like SSL_shutdown's second call: wait for the peer's close_notify, so that what follows on
            // the socket is the peer's plain data
            var sink = new byte[4096];
            while (stream.Read(sink, 0, sink.Length) > 0) { }
            return null;
        }
        catch (Exception e) { return Failure(e); }
    }

    public string ProtocolName => stream.SslProtocol switch
    {
#pragma warning disable SYSLIB0039
        SslProtocols.Tls => "TLSv1",
        SslProtocols.Tls11 => "TLSv1.1",
#pragma warning restore SYSLIB0039
        SslProtocols.Tls12 => "TLSv1.2",
        SslProtocols.Tls13 => "TLSv1.3",
        _ => null,
    };

    /// <summary>The negotiated suite by its IANA name (OpenSSL uses the same names for TLS 1.3 suites;
    /// its TLS 1.2 names differ) and its secret bits.</summary>
    public (string Name, int Bits) Cipher
    {
        get
        {
            string name = stream.NegotiatedCipherSuite.ToString();
            int bits = name.Contains("AES_256") || name.Contains("CHACHA20") ? 256 : name.Contains("AES_128") ? 128
                : name.Contains("3DES") ? 168 : 0;
            return (name, bits);
        }
    }

    TlsFailure Failure(Exception e)
    {
        if (verificationFailed) return TlsFailure.Ssl(1, "CERTIFICATE_VERIFY_FAILED", "certificate verify failed");
        if (peerMissing) return TlsFailure.Ssl(1, "PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate");
        for (var inner = e; inner != null; inner = inner.InnerException)
        {
            if (inner is ErrnoIOException errno) return TlsFailure.Errno(errno.Errno);
            var m = Regex.Match(inner.Message, @"error:[0-9A-Fa-f]+:([^:]*):[^:]*:([^\r\n]+)");
            if (m.Success)
            {
                string reason = m.Groups[2].Value.Trim();
                return TlsFailure.Ssl(1, reason.ToUpperInvariant().Replace(' ', '_'), reason);
            }
        }
        if (e is IOException or AuthenticationException)
            return TlsFailure.Eof();
        return TlsFailure.Ssl(1, "UNKNOWN", e.Message);
    }
}

/// <summary>An SSL failure computed without the GIL; <see cref="ssl"/> raises it as a Python exception.</summary>
internal sealed class TlsFailure
{
    public int Code;          // SSL_ERROR_* (SSLError.args[0]) or the errno for socket.error
    public bool IsErrno, IsEof;
    public string Reason, Text;

    public static TlsFailure Ssl(int code, string reason, string text) => new() { Code = code, Reason = reason, Text = text };
    public static TlsFailure Errno(int errno) => new() { Code = errno, IsErrno = true };
    public static TlsFailure Eof() => new() { Code = 8, IsEof = true, Text = "EOF occurred in violation of protocol" };
}
