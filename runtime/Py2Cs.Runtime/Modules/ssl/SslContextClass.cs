using System.Collections.Generic;
using System.Text.RegularExpressions;
using Py2Cs.Runtime.Modules.getopt;
using static Py2Cs.Runtime.Modules.argparse.PythonValues;

namespace Py2Cs.Runtime.Modules.Ssl;

/// <summary>
/// ssl.SSLContext as the 2.7.18 client code uses it (httplib.HTTPSConnection, urllib2, smtplib):
/// protocol, verify_mode and check_hostname with 2.7's consistency errors, options, load_cert_chain,
/// load_verify_locations, load_default_certs/set_default_verify_paths (the system CA bundle),
/// set_ciphers, wrap_socket (over ssl.wrap_socket, then match_hostname when check_hostname is on);
/// plus create_default_context, _create_unverified_context, Purpose and match_hostname.
/// </summary>
internal static class SslContextClass
{
    static PyObject None => PyNone.None;
    const string SystemBundle = "/etc/ssl/certs/ca-certificates.crt";
    static PyObject SslModule => Importer.ImportModule("ssl");

    static PyObject Property(string name, System.Func<PyObject, PyObject> getter, System.Action<PyObject, PyObject> setter) =>
        Ops.Call(Get(Importer.ImportModule("__builtin__"), "property"),
            PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self" }), a => getter(a[0])),
            PyFunction.WithBoundArguments(new FunctionSignature(name, new[] { "self", "value" }), a => { setter(a[0], a[1]); return None; }));

    public static PyType Build() => new PythonClassBuilder("ssl", "SSLContext", PyType.ObjectType)
        .Attribute("__doc__", S("An SSLContext holds various SSL-related configuration options and\n    data, such as certificates and possibly private keys."))
        .Method("__init__", new[] { "self", "protocol" }, a =>
        {
            PyObject self = a[0];
            Set(self, "protocol", a[1]);
            Set(self, "_verify_mode", ssl.CERT_NONE);
            Set(self, "_check_hostname", PyBool.False);
            // OP_ALL | OP_NO_SSLv2 | OP_NO_SSLv3 | OP_NO_COMPRESSION | OP_CIPHER_SERVER_PREFERENCE, as 2.7.18's C constructor sets
            Set(self, "options", PyInt.From(2147483728L | 33554432L | 131072L | 4194304L));
            Set(self, "_certfile", None);
            Set(self, "_keyfile", None);
            Set(self, "_cafiles", new PyList());
            Set(self, "_ciphers", None);
            return None;
        })
        .Attribute("verify_mode", Property("verify_mode", self => Get(self, "_verify_mode"), (self, value) =>
        {
            long mode = Ops.IndexToLong(value);
            if (mode < 0 || mode > 2) throw Ops.ValueError("invalid value for verify_mode");
            if (mode == 0 && Ops.IsTrue(Get(self, "_check_hostname")))
                throw Ops.ValueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
            Set(self, "_verify_mode", PyInt.From(mode));
        }))
        .Attribute("check_hostname", Property("check_hostname", self => Get(self, "_check_hostname"), (self, value) =>
        {
            bool on = Ops.IsTrue(value);
            if (on && Ops.Eq(Get(self, "_verify_mode"), ssl.CERT_NONE))
                throw Ops.ValueError("check_hostname needs a SSL context with either CERT_OPTIONAL or CERT_REQUIRED");
            Set(self, "_check_hostname", PyBool.From(on));
        }))
        .Method("load_cert_chain", new[] { "self", "certfile", "keyfile", "password" }, a =>
        {
            Set(a[0], "_certfile", a[1]);
            Set(a[0], "_keyfile", IsNone(a[2]) ? a[1] : a[2]);
            return None;
        }, defaults: new PyObject[] { None, None })
        .Method("load_verify_locations", new[] { "self", "cafile", "capath", "cadata" }, a =>
        {
            if (IsNone(a[1]) && IsNone(a[2]) && IsNone(a[3])) throw Ops.TypeError("cafile, capath and cadata cannot be all omitted");
            if (!IsNone(a[1]))
            {
                if (!System.IO.File.Exists(Text(a[1])))
                    throw new PythonException(Ops.Call(PyExceptionTypes.IOError, PyInt.From(2), S("No such file or directory")));
                Call(Get(a[0], "_cafiles"), "append", a[1]);
            }
            if (!IsNone(a[3]))
            {
                // cadata (PEM text) goes through a temporary file because wrap_socket loads CAs from a path.
                string path = System.IO.Path.GetTempFileName();
                System.IO.File.WriteAllText(path, Text(a[3]));
                Call(Get(a[0], "_cafiles"), "append", S(path));
            }
            return None;
        }, defaults: new PyObject[] { None, None, None })
        .Method("load_default_certs", new[] { "self", "purpose" }, a => Call(a[0], "set_default_verify_paths"), defaults: new PyObject[] { None })
        .Method("set_default_verify_paths", new[] { "self" }, a =>
        {
            if (System.IO.File.Exists(SystemBundle)) Call(Get(a[0], "_cafiles"), "append", S(SystemBundle));
            return None;
        })
        .Method("set_ciphers", new[] { "self", "ciphers" }, a => { Set(a[0], "_ciphers", a[1]); return None; })
        .Method("wrap_socket", new[] { "self", "sock", "server_side", "do_handshake_on_connect", "suppress_ragged_eofs", "server_hostname" }, a =>
        {
            PyObject self = a[0], serverHostname = a[5];
            bool serverSide = Ops.IsTrue(a[2]);
            if (serverSide && Ops.IsTrue(serverHostname)) throw Ops.ValueError("server_hostname can only be specified in client mode");
            if (Ops.IsTrue(Get(self, "_check_hostname")) && !Ops.IsTrue(serverHostname)) throw Ops.ValueError("check_hostname requires server_hostname");
            PyObject cafile = CombinedCaFile(Get(self, "_cafiles"));
            PyObject wrapped = ssl.wrap_socket(a[1], Get(self, "_keyfile"), Get(self, "_certfile"), PyBool.From(serverSide),
                Get(self, "_verify_mode"), Get(self, "protocol"), cafile, a[3], a[4], Get(self, "_ciphers"));
            Set(wrapped, "server_hostname", serverHostname);
            Set(wrapped, "context", self);
            if (Ops.IsTrue(Get(self, "_check_hostname")) && Ops.IsTrue(a[3]))
            {
                try { match_hostname(Call(wrapped, "getpeercert"), serverHostname); }
                catch (PythonException) { Call(wrapped, "close"); throw; }
            }
            return wrapped;
        }, defaults: new PyObject[] { PyBool.False, PyBool.True, PyBool.True, None })
        .Build();

    /// <summary>wrap_socket takes one CA file; several loaded locations are concatenated into one.</summary>
    static PyObject CombinedCaFile(PyObject cafiles)
    {
        var files = Items(cafiles);
        if (files.Count == 0) return None;
        if (files.Count == 1) return files[0];
        string path = System.IO.Path.GetTempFileName();
        using (var output = System.IO.File.CreateText(path))
            foreach (PyObject f in files) output.Write(System.IO.File.ReadAllText(Text(f)) + "\n");
        return S(path);
    }

    static bool DnsNameMatch(string dn, string hostname)
    {
        if (dn.Length == 0) return false;
        string[] pieces = dn.Split('.');
        string leftmost = pieces[0];
        int wildcards = leftmost.Split('*').Length - 1;
        if (wildcards > 1) throw CertificateError("too many wildcards in certificate DNS name: " + Ops.Repr(S(dn)));
        if (wildcards == 0) return dn.ToLowerInvariant() == hostname.ToLowerInvariant();
        var pats = new List<string>();
        if (leftmost == "*") pats.Add("[^.]+");
        else if (leftmost.StartsWith("xn--") || hostname.StartsWith("xn--")) pats.Add(Regex.Escape(leftmost));
        else pats.Add(Regex.Escape(leftmost).Replace(@"\*", "[^.]*"));
        for (int i = 1; i < pieces.Length; i++) pats.Add(Regex.Escape(pieces[i]));
        return Regex.IsMatch(hostname, @"\A" + string.Join(@"\.", pats) + @"\z", RegexOptions.IgnoreCase);
    }

    static PythonException CertificateError(string message) => new(Ops.Call(ssl.CertificateError, S(message)));

    public static PyObject match_hostname(PyObject cert, PyObject hostname)
    {
        if (!Ops.IsTrue(cert))
            throw Ops.ValueError("empty or no certificate, match_hostname needs a SSL socket or SSL context with either CERT_OPTIONAL or CERT_REQUIRED");
        string host = Text(hostname);
        var dnsnames = new List<PyObject>();
        foreach (PyObject entry in Items(Call(cert, "get", S("subjectAltName"), PyTuple.Create())))
        {
            PyObject[] kv = Ops.UnpackSequence(entry, 2);
            if (!Ops.Eq(kv[0], S("DNS"))) continue;
            if (DnsNameMatch(Text(kv[1]), host)) return None;
            dnsnames.Add(kv[1]);
        }
        if (dnsnames.Count == 0)
            foreach (PyObject sub in Items(Call(cert, "get", S("subject"), PyTuple.Create())))
            foreach (PyObject entry in Items(sub))
            {
                PyObject[] kv = Ops.UnpackSequence(entry, 2);
                if (!Ops.Eq(kv[0], S("commonName"))) continue;
                if (DnsNameMatch(Text(kv[1]), host)) return None;
                dnsnames.Add(kv[1]);
            }
        if (dnsnames.Count > 1)
            throw CertificateError("hostname " + Ops.Repr(hostname) + " doesn't match either of " + string.Join(", ", dnsnames.ConvertAll(d => Ops.Repr(d).ToString())));
        if (dnsnames.Count == 1) throw CertificateError("hostname " + Ops.Repr(hostname) + " doesn't match " + Ops.Repr(dnsnames[0]));
        throw CertificateError("no appropriate commonName or subjectAltName fields were found");
    }
}
