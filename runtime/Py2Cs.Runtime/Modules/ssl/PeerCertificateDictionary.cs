using System;
using System.Collections.Generic;
using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace Py2Cs.Runtime.Modules.Ssl;

/// <summary>
/// getpeercert()'s dictionary, built as 2.7's _ssl.c builds it from OpenSSL: subject and issuer as
/// tuples of RDN tuples of (long attribute name, unicode value), version, serialNumber (hex),
/// notBefore/notAfter ("%b %e %H:%M:%S %Y GMT") and subjectAltName.
/// </summary>
internal static class PeerCertificateDictionary
{
    static readonly Dictionary<string, string> AttributeNames = new()
    {
        ["2.5.4.3"] = "commonName", ["2.5.4.4"] = "surname", ["2.5.4.5"] = "serialNumber", ["2.5.4.6"] = "countryName",
        ["2.5.4.7"] = "localityName", ["2.5.4.8"] = "stateOrProvinceName", ["2.5.4.9"] = "streetAddress",
        ["2.5.4.10"] = "organizationName", ["2.5.4.11"] = "organizationalUnitName", ["2.5.4.12"] = "title",
        ["2.5.4.15"] = "businessCategory", ["2.5.4.17"] = "postalCode", ["2.5.4.42"] = "givenName",
        ["1.2.840.113549.1.9.1"] = "emailAddress", ["0.9.2342.19200300.100.1.25"] = "domainComponent",
        ["0.9.2342.19200300.100.1.1"] = "userId",
    };

    public static PyDict Build(X509Certificate2 cert)
    {
        var d = new PyDict();
        d.SetStr("subject", Name(cert.SubjectName));
        d.SetStr("issuer", Name(cert.IssuerName));
        d.SetStr("version", new PyLong(cert.Version));
        string serial = cert.SerialNumber;
        while (serial.Length > 2 && serial.StartsWith("00", StringComparison.Ordinal)) serial = serial.Substring(2);
        d.SetStr("serialNumber", PyUnicode.FromString(serial));
        d.SetStr("notBefore", PyUnicode.FromString(Time(cert.NotBefore)));
        d.SetStr("notAfter", PyStr.FromString(Time(cert.NotAfter)));
        foreach (var ext in cert.Extensions)
            if (ext.Oid?.Value == "2.5.29.17") d.SetStr("subjectAltName", AltNames(ext.RawData));
        return d;
    }

    static string Time(DateTime local)
    {
        var t = local.ToUniversalTime();
        return t.ToString("MMM", CultureInfo.InvariantCulture) + " " + t.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2)
            + " " + t.ToString("HH:mm:ss yyyy", CultureInfo.InvariantCulture) + " GMT";
    }

    static PyObject Name(X500DistinguishedName name)
    {
        var rdns = new List<PyObject>();
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames(reversed: false))
        {
            if (rdn.HasMultipleElements) continue;
            string oid = rdn.GetSingleElementType().Value;
            string key = AttributeNames.TryGetValue(oid, out var n) ? n : oid;
            rdns.Add(PyTuple.Create(PyTuple.Create(PyStr.FromString(key), PyUnicode.FromString(rdn.GetSingleElementValue() ?? ""))));
        }
        return PyTuple.Create(rdns.ToArray());
    }

    static PyObject AltNames(byte[] der)
    {
        var names = new List<PyObject>();
        var reader = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        while (reader.HasData)
        {
            var tag = reader.PeekTag();
            string kind = tag.TagValue switch
            {
                1 => "email", 2 => "DNS", 6 => "URI", 7 => "IP Address", 4 => "DirName", 8 => "Registered ID", _ => "othername",
            };
            if (tag.TagValue is 1 or 2 or 6)
            {
                var bytes = reader.ReadOctetString(tag);
                names.Add(PyTuple.Create(PyStr.FromString(kind), PyStr.FromString(System.Text.Encoding.ASCII.GetString(bytes))));
            }
            else if (tag.TagValue == 7)
            {
                var bytes = reader.ReadOctetString(tag);
                string text = bytes.Length == 4 ? string.Join(".", bytes)
                    : string.Join(":", Enumerable16(bytes));
                names.Add(PyTuple.Create(PyStr.FromString(kind), PyStr.FromString(text)));
            }
            else
            {
                reader.ReadEncodedValue();
                names.Add(PyTuple.Create(PyStr.FromString(kind), PyStr.FromString("<unsupported>")));
            }
        }
        return PyTuple.Create(names.ToArray());
    }

    static IEnumerable<string> Enumerable16(byte[] b)
    {
        for (int i = 0; i + 1 < b.Length; i += 2) yield return ((b[i] << 8) | b[i + 1]).ToString("X", CultureInfo.InvariantCulture);
    }
}
