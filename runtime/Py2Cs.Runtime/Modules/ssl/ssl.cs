using System;
using System.Runtime.CompilerServices;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Py2Cs.Runtime.Modules.getopt;
using Py2Cs.Runtime.Modules.Ssl;

namespace Py2Cs.Runtime;

/// <summary>
/// The <c>ssl</c> module of Python 2.7 over .NET's SslStream (which uses the system OpenSSL on Linux):
/// wrap_socket/SSLSocket (a Python subclass of socket.socket; its methods call each other through
/// attribute look-up), the SSLError family with 2.7's "[SSL: REASON] text (_ssl.c:727)" messages,
/// certificate helpers and constants, and SSLContext as 2.7.18's client modules use it (SslContextClass). Differences from OpenSSL are listed
/// in docs/network-process.md.
/// </summary>
[PythonModule("ssl")]
public static class ssl
{
    public static readonly PyObject CERT_NONE = PyInt.From(0), CERT_OPTIONAL = PyInt.From(1), CERT_REQUIRED = PyInt.From(2);
    public static readonly PyObject PROTOCOL_SSLv23 = PyInt.From(2), PROTOCOL_TLS = PyInt.From(2), PROTOCOL_TLSv1 = PyInt.From(3),
        PROTOCOL_TLSv1_1 = PyInt.From(4), PROTOCOL_TLSv1_2 = PyInt.From(5);
    public static readonly PyObject SSL_ERROR_SSL = PyInt.From(1), SSL_ERROR_WANT_READ = PyInt.From(2), SSL_ERROR_WANT_WRITE = PyInt.From(3),
        SSL_ERROR_WANT_X509_LOOKUP = PyInt.From(4), SSL_ERROR_SYSCALL = PyInt.From(5), SSL_ERROR_ZERO_RETURN = PyInt.From(6),
        SSL_ERROR_WANT_CONNECT = PyInt.From(7), SSL_ERROR_EOF = PyInt.From(8), SSL_ERROR_INVALID_ERROR_CODE = PyInt.From(10);
    public static readonly PyObject PEM_HEADER = PyStr.FromString("-----BEGIN CERTIFICATE-----");
    public static readonly PyObject PEM_FOOTER = PyStr.FromString("-----END CERTIFICATE-----");
    public static readonly PyObject HAS_SNI = PyBool.True, HAS_TLSv1_3 = PyBool.True, HAS_ALPN = PyBool.True, HAS_NPN = PyBool.False, HAS_ECDH = PyBool.True;

    public static readonly PyType SSLError = ErrorClass("SSLError", (PyType)Ops.GetAttr(Importer.ImportModule("socket"), "error"), true);
    public static readonly PyType SSLZeroReturnError = ErrorClass("SSLZeroReturnError", SSLError, false);
    public static readonly PyType SSLWantReadError = ErrorClass("SSLWantReadError", SSLError, false);
    public static readonly PyType SSLWantWriteError = ErrorClass("SSLWantWriteError", SSLError, false);
    public static readonly PyType SSLSyscallError = ErrorClass("SSLSyscallError", SSLError, false);
    public static readonly PyType SSLEOFError = ErrorClass("SSLEOFError", SSLError, false);
    public static readonly PyType CertificateError = ErrorClass("CertificateError", PyExceptionTypes.ValueError, false);

    static PyType ErrorClass(string name, PyType baseType, bool withStr)
    {
        var b = new PythonClassBuilder("ssl", name, baseType);
        // _ssl.c's SSLError_str: the strerror when there is one, else str(args)
        if (withStr) b.Method("__str__", new[] { "self" }, a =>
        {
            var strerror = Ops.GetAttrOrNull(a[0], "strerror");
            return strerror is PyStr or PyUnicode ? strerror : Ops.Str(Ops.GetAttr(a[0], "args"));
        });
        return b.Build();
    }

    static readonly ConditionalWeakTable<PyObject, TlsChannel> Channels = new();
    static readonly PyType ChannelHolder = new PythonClassBuilder("_ssl", "_SSLSocket", PyType.ObjectType).Build();

    public static readonly PyType SSLSocket = SslSocketClass.Build();
    public static readonly PyType SSLContext = SslContextClass.Build();
    public static readonly PyObject _ASN1Object = Ops.Call(Ops.GetAttr(Importer.ImportModule("collections"), "namedtuple"),
        PyStr.FromString("_ASN1Object"), PyStr.FromString("nid shortname longname oid"));
    public static readonly PyType Purpose = BuildPurpose();

    static PyType BuildPurpose()
    {
        var purpose = new PythonClassBuilder("ssl", "Purpose", _ASN1Object)
            .Attribute("__doc__", PyStr.FromString("SSLContext purpose flags with X509v3 Extended Key Usage objects\n    "))
            .Build();
        Ops.SetAttr(purpose, "SERVER_AUTH", Ops.Call(purpose, new PyObject[] { PyInt.From(129), PyStr.FromString("serverAuth"),
            PyStr.FromString("TLS Web Server Authentication"), PyStr.FromString("1.3.6.1.5.5.7.3.1") }));
        Ops.SetAttr(purpose, "CLIENT_AUTH", Ops.Call(purpose, new PyObject[] { PyInt.From(130), PyStr.FromString("clientAuth"),
            PyStr.FromString("TLS Web Client Authentication"), PyStr.FromString("1.3.6.1.5.5.7.3.2") }));
        return purpose;
    }

    public static PyObject match_hostname(PyObject cert, PyObject hostname) => SslContextClass.match_hostname(cert, hostname);

    static void CheckPurpose(PyObject purpose)
    {
        if (!Ops.IsInstance(purpose, _ASN1Object)) throw new PythonException(Ops.Call(PyExceptionTypes.TypeError, purpose));
    }

    public static PyObject create_default_context(PyObject purpose = null, PyObject cafile = null, PyObject capath = null, PyObject cadata = null)
    {
        purpose ??= Ops.GetAttr(Purpose, "SERVER_AUTH");
        CheckPurpose(purpose);
        var context = Ops.Call(SSLContext, PROTOCOL_TLS);
        if (Ops.Eq(purpose, Ops.GetAttr(Purpose, "SERVER_AUTH")))
        {
            Ops.SetAttr(context, "verify_mode", CERT_REQUIRED);
            Ops.SetAttr(context, "check_hostname", PyBool.True);
        }
        if (IsGiven(cafile) || IsGiven(capath) || IsGiven(cadata))
            Ops.CallMethod(context, "load_verify_locations", cafile ?? PyNone.None, capath ?? PyNone.None, cadata ?? PyNone.None);
        else if (!Ops.Eq(Ops.GetAttr(context, "verify_mode"), CERT_NONE)) Ops.CallMethod(context, "load_default_certs", purpose);
        return context;
    }

    static bool IsGiven(PyObject o) => o != null && Ops.IsTrue(o);

    public static PyObject _create_unverified_context(PyObject protocol = null, PyObject cert_reqs = null, PyObject check_hostname = null,
        PyObject purpose = null, PyObject certfile = null, PyObject keyfile = null, PyObject cafile = null, PyObject capath = null, PyObject cadata = null)
    {
        purpose ??= Ops.GetAttr(Purpose, "SERVER_AUTH");
        CheckPurpose(purpose);
        var context = Ops.Call(SSLContext, protocol ?? PROTOCOL_TLS);
        if (cert_reqs != null && cert_reqs is not PyNone) Ops.SetAttr(context, "verify_mode", cert_reqs);
        Ops.SetAttr(context, "check_hostname", check_hostname ?? PyBool.False);
        if (IsGiven(keyfile) && !IsGiven(certfile)) throw Ops.ValueError("certfile must be specified");
        if (IsGiven(certfile) || IsGiven(keyfile)) Ops.CallMethod(context, "load_cert_chain", certfile ?? PyNone.None, keyfile ?? PyNone.None);
        if (IsGiven(cafile) || IsGiven(capath) || IsGiven(cadata))
            Ops.CallMethod(context, "load_verify_locations", cafile ?? PyNone.None, capath ?? PyNone.None, cadata ?? PyNone.None);
        else if (!Ops.Eq(Ops.GetAttr(context, "verify_mode"), CERT_NONE)) Ops.CallMethod(context, "load_default_certs", purpose);
        return context;
    }

    public static void __init__(PyModule m)
    {
        m["OPENSSL_VERSION"] = PyStr.FromString("OpenSSL 3.0 (through .NET SslStream)");
        m["OPENSSL_VERSION_INFO"] = PyTuple.Create(PyInt.From(3), PyInt.From(0), PyInt.From(0), PyInt.From(0), PyInt.From(0));
        m["OPENSSL_VERSION_NUMBER"] = PyInt.From(805306368L);
        var names = new PyDict();
        names.SetItem(PyInt.From(2), PyStr.FromString("PROTOCOL_TLS"));
        names.SetItem(PyInt.From(3), PyStr.FromString("PROTOCOL_TLSv1"));
        names.SetItem(PyInt.From(4), PyStr.FromString("PROTOCOL_TLSv1_1"));
        names.SetItem(PyInt.From(5), PyStr.FromString("PROTOCOL_TLSv1_2"));
        m["_PROTOCOL_NAMES"] = names;
        foreach (var (name, value) in new (string, long)[] { ("OP_ALL", 2147483728L), ("OP_CIPHER_SERVER_PREFERENCE", 4194304),
            ("OP_ENABLE_MIDDLEBOX_COMPAT", 1048576), ("OP_NO_COMPRESSION", 131072), ("OP_NO_SSLv2", 0), ("OP_NO_SSLv3", 33554432),
            ("OP_NO_TLSv1", 67108864), ("OP_NO_TLSv1_1", 268435456), ("OP_NO_TLSv1_2", 134217728), ("OP_NO_TLSv1_3", 536870912),
            ("OP_SINGLE_DH_USE", 0), ("OP_SINGLE_ECDH_USE", 0), ("VERIFY_CRL_CHECK_CHAIN", 12), ("VERIFY_CRL_CHECK_LEAF", 4),
            ("VERIFY_DEFAULT", 0), ("VERIFY_X509_STRICT", 32), ("VERIFY_X509_TRUSTED_FIRST", 32768) })
            m[name] = PyInt.From(value);
        foreach (var name in new[] { "socket", "errno", "base64", "textwrap", "os", "sys" }) m[name] = Importer.ImportModule(name);
        m["_create_stdlib_context"] = m["_create_unverified_context"];
        // PEP 493: HTTPS is verified by default unless PYTHONHTTPSVERIFY=0
        m["_create_default_https_context"] = Environment.GetEnvironmentVariable("PYTHONHTTPSVERIFY") == "0"
            ? m["_create_unverified_context"] : m["create_default_context"];
        m["socket_error"] = Ops.GetAttr(Importer.ImportModule("socket"), "error");
        m["__doc__"] = PyStr.FromString("This module provides some more Pythonic support for SSL.\n\nObject types:\n\n  SSLSocket -- subtype of socket.socket which does SSL over the socket\n\nExceptions:\n\n  SSLError -- exception raised for I/O errors\n\nFunctions:\n\n  cert_time_to_seconds -- convert time string used for certificate\n                          notBefore and notAfter functions to integer\n                          seconds past the Epoch (the time values\n                          returned from time.time())\n\n  fetch_server_certificate (HOST, PORT) -- fetch the certificate provided\n                          by the server running on HOST at port PORT.  No\n                          validation of the certificate is performed.\n");
    }

    public static PyObject wrap_socket(PyObject sock, PyObject keyfile = null, PyObject certfile = null, PyObject server_side = null,
        PyObject cert_reqs = null, PyObject ssl_version = null, PyObject ca_certs = null, PyObject do_handshake_on_connect = null,
        PyObject suppress_ragged_eofs = null, PyObject ciphers = null)
    {
        var names = new[] { "sock", "keyfile", "certfile", "server_side", "cert_reqs", "ssl_version", "ca_certs",
            "do_handshake_on_connect", "suppress_ragged_eofs", "ciphers" };
        var values = new[] { sock, keyfile ?? PyNone.None, certfile ?? PyNone.None, server_side ?? PyBool.False, cert_reqs ?? CERT_NONE,
            ssl_version ?? PROTOCOL_TLS, ca_certs ?? PyNone.None, do_handshake_on_connect ?? PyBool.True,
            suppress_ragged_eofs ?? PyBool.True, ciphers ?? PyNone.None };
        var kw = new PyStr[names.Length];
        for (int i = 0; i < names.Length; i++) kw[i] = PyStr.FromString(names[i]);
        return Ops.Call(SSLSocket, values, kw);
    }

    public static PyObject get_protocol_name(PyObject protocol_code)
    {
        var names = Ops.GetAttr(Importer.ImportModule("ssl"), "_PROTOCOL_NAMES");
        return Ops.CallMethod(names, "get", protocol_code, PyStr.FromString("<unknown>"));
    }

    public static PyObject RAND_status() => PyInt.From(1);

    public static PyObject RAND_add(PyObject @string, PyObject entropy)
    {
        if (!(@string is PyStr or PyUnicode)) throw Ops.TypeError($"must be string or buffer, not {@string.TypeName}");
        NumberTypes.FloatFromObject(entropy);
        return PyNone.None;
    }

    public static PyObject DER_cert_to_PEM_cert(PyObject der_cert_bytes)
    {
        var encoded = Ops.CallMethod(Ops.Call(Ops.GetAttr(Importer.ImportModule("base64"), "standard_b64encode"), der_cert_bytes), "decode", PyStr.FromString("ascii"));
        var filled = Ops.Call(Ops.GetAttr(Importer.ImportModule("textwrap"), "fill"), encoded, PyInt.From(64));
        var nl = PyStr.FromString("\n");
        return Ops.Add(Ops.Add(Ops.Add(Ops.Add(Ops.Add(Ops.Add(PEM_HEADER, nl), filled), nl), PEM_FOOTER), nl), PyUnicode.Empty);
    }

    public static PyObject PEM_cert_to_DER_cert(PyObject pem_cert_string)
    {
        if (!Ops.IsTrue(Ops.CallMethod(pem_cert_string, "startswith", PEM_HEADER)))
            throw Ops.ValueError("Invalid PEM encoding; must start with " + PEM_HEADER);
        var stripped = Ops.CallMethod(pem_cert_string, "strip");
        if (!Ops.IsTrue(Ops.CallMethod(stripped, "endswith", PEM_FOOTER)))
            throw Ops.ValueError("Invalid PEM encoding; must end with " + PEM_FOOTER);
        var body = Ops.GetSlice(stripped, PyInt.From(Ops.Len(PEM_HEADER)), PyInt.From(-Ops.Len(PEM_FOOTER)));
        return Ops.Call(Ops.GetAttr(Importer.ImportModule("base64"), "decodestring"), Ops.CallMethod(body, "encode", PyStr.FromString("ASCII"), PyStr.FromString("strict")));
    }

    /// <summary>"May  9 00:00:00 2007 GMT" to seconds since the Epoch (an int), month names in English
    /// whatever the locale, as 2.7.18 does.</summary>
    public static PyObject cert_time_to_seconds(PyObject cert_time)
    {
        string[] months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        const string timeFormat = " %d %H:%M:%S %Y GMT";
        var prefix = Ops.CallMethod(Ops.GetSlice(cert_time, null, PyInt.From(3)), "title");
        int month = Array.IndexOf(months, prefix.ToString()) + 1;
        if (month == 0)
            throw new PythonException(Ops.Call(PyExceptionTypes.ValueError,
                Ops.Modulo(PyStr.FromString("time data %r does not match format \"%%b%s\""), PyTuple.Create(cert_time, PyStr.FromString(timeFormat)))));
        var tt = Ops.Call(Ops.GetAttr(Importer.ImportModule("time"), "strptime"), Ops.GetSlice(cert_time, PyInt.From(3), null), PyStr.FromString(timeFormat));
        var fields = new PyObject[6];
        fields[0] = Ops.GetItem(tt, PyInt.From(0));
        fields[1] = PyInt.From(month);
        for (int i = 2; i < 6; i++) fields[i] = Ops.GetItem(tt, PyInt.From(i));
        return Ops.Call(Ops.GetAttr(Importer.ImportModule("calendar"), "timegm"), PyTuple.Create(fields));
    }

    public static PyObject get_server_certificate(PyObject addr, PyObject ssl_version = null, PyObject ca_certs = null)
    {
        var parts = Ops.UnpackSequence(addr, 2);
        var reqs = ca_certs == null || ca_certs is PyNone ? CERT_NONE : CERT_REQUIRED;
        var plain = Ops.Call(Ops.GetAttr(Importer.ImportModule("socket"), "create_connection"), PyTuple.Create(parts[0], parts[1]));
        var s = wrap_socket(plain, cert_reqs: reqs, ssl_version: ssl_version ?? PROTOCOL_TLS, ca_certs: ca_certs ?? PyNone.None);
        try
        {
            var der = Ops.CallMethod(s, "getpeercert", PyBool.True);
            return DER_cert_to_PEM_cert(der);
        }
        finally { Ops.CallMethod(s, "close"); }
    }

    // ---- the channel behind SSLSocket._sslobj ----

    internal static PyObject NewChannel(TlsChannel channel)
    {
        var holder = Ops.Call(ChannelHolder);
        Channels.AddOrUpdate(holder, channel);
        return holder;
    }

    static readonly ConditionalWeakTable<PyObject, ChannelSettings> Settings = new();

    internal static PyObject NewChannelSettings(ChannelSettings settings)
    {
        var holder = Ops.Call(ChannelHolder);
        Settings.AddOrUpdate(holder, settings);
        return holder;
    }

    internal static ChannelSettings SettingsOf(PyObject holder) =>
        Settings.TryGetValue(holder, out var s) ? s : throw Ops.TypeError("SSLSocket is not initialized");

    internal static TlsChannel ChannelOf(PyObject holder) => Channels.TryGetValue(holder, out var c) ? c : null;

    internal static PythonException Raise(TlsFailure f)
    {
        if (f.IsErrno) return Ops.Error((PyType)Ops.GetAttr(Importer.ImportModule("socket"), "error"), PyInt.From(f.Code), PyStr.FromString(ErrnoTable.Message(f.Code)));
        string message = f.IsEof ? f.Text + " (_ssl.c:727)" : $"[SSL: {f.Reason}] {f.Text} (_ssl.c:727)";
        var type = f.IsEof ? SSLEOFError : SSLError;
        var e = Ops.Call(type, PyInt.From(f.Code), PyUnicode.FromString(message));
        if (!f.IsEof)
        {
            Ops.SetAttr(e, "reason", PyStr.FromString(f.Reason));
            Ops.SetAttr(e, "library", PyStr.FromString("SSL"));
        }
        return new PythonException(e);
    }

    internal static SslProtocols Protocols(int version) => version switch
    {
#pragma warning disable SYSLIB0039
        3 => SslProtocols.Tls,
        4 => SslProtocols.Tls11,
#pragma warning restore SYSLIB0039
        5 => SslProtocols.Tls12,
        _ => SslProtocols.None,
    };
}
