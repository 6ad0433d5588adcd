#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.binascii;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>binascii</c> module of Python 2.7 (hex, base64, CRCs).</summary>
    [PythonModule("binascii")]
    public static class binascii
    {
        public static readonly PyType Error = MakeClass("Error");
        public static readonly PyType Incomplete = MakeClass("Incomplete");

        private static PyType MakeClass(string name)
        {
            var dict = new PyDict();
            dict.SetStr("__module__", PyStr.FromString("binascii"));
            return (PyType)PyType.MakeClass(name, PyTuple.Create(PyExceptionTypes.Exception), dict);
        }

        internal static byte[] Bytes(PyObject data) => data switch
        {
            PyStr s => s.Bytes.ToArray(),
            PyByteArray b => b.Data.ToArray(),
            PyUnicode u => u.EncodeAscii().Bytes.ToArray(),
            _ => throw Ops.TypeError("must be string or buffer, not " + data.TypeName),
        };

        public static PyObject hexlify(PyObject data) => PyStr.FromString(Convert.ToHexStringLower(Bytes(data)));
        public static PyObject b2a_hex(PyObject data) => hexlify(data);

        public static PyObject unhexlify(PyObject hexstr)
        {
            byte[] s = Bytes(hexstr);
            if (s.Length % 2 != 0) throw Ops.TypeError("Odd-length string");
            var result = new byte[s.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
                if (hi < 0 || lo < 0) throw Ops.TypeError("Non-hexadecimal digit found");
                result[i] = (byte)(hi * 16 + lo);
            }
            return PyStr.FromBytes(result);
        }

        public static PyObject a2b_hex(PyObject hexstr) => unhexlify(hexstr);

        private static int HexValue(byte c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        public static PyObject b2a_base64(PyObject data)
        {
            byte[] b = Bytes(data);
            if (b.Length > 57 * 1024 * 1024) throw Ops.Error(Error, PyStr.FromString("Too much data for base64 line"));
            return PyStr.FromString(Base64Codec.Encode(b));
        }

        public static PyObject a2b_base64(PyObject data)
        {
            byte[] decoded = Base64Codec.Decode(PyStr.FromBytes(Bytes(data)).ToString());
            if (decoded == null) throw Ops.Error(Error, PyStr.FromString("Incorrect padding"));
            return PyStr.FromBytes(decoded);
        }

        public static PyObject crc32(PyObject data, PyObject crc = null)
        {
            uint start = crc == null ? 0 : unchecked((uint)(long)(Ops.ToBigInteger(crc) & 0xffffffff));
            return Checksums.Signed(Checksums.Crc32(Bytes(data), start));
        }

        public static PyObject crc_hqx(PyObject data, PyObject crc) => PyInt.From(Checksums.CrcHqx(Bytes(data), (int)Ops.IndexToLong(crc)));
    }
}
