#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.binascii;

namespace Py2Cs.Runtime
{
    /// <summary>The <c>binascii</c> module of Python 2.7: hex, base64, uu, quoted-printable, BinHex 4
    /// (hqx and its run-length coding) and the CRCs, with binascii.c's errors.</summary>
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

        public static void __init__(PyModule m) => m["__doc__"] = PyStr.FromString("Conversion between binary data and ASCII");

        /// <summary>The "s*" argument: str, bytearray, buffer, or unicode encoded as ASCII.</summary>
        internal static byte[] Bytes(PyObject data, string function = null) => data switch
        {
            PyStr s => s.Bytes.ToArray(),
            PyByteArray b => b.Data.ToArray(),
            PyBuffer buffer => buffer.Str().Bytes.ToArray(),
            PyUnicode u => u.EncodeAscii().Bytes.ToArray(),
            _ => throw Ops.TypeError($"{(function == null ? "" : function + "() ")}argument 1 must be string or buffer, not {(data is PyNone ? "None" : data.TypeName)}"),
        };

        static PythonException Raise(PyType type, string message) => Ops.Error(type, PyStr.FromString(message));

        // ---- hex ----

        public static PyObject hexlify(PyObject data) => PyStr.FromString(Convert.ToHexStringLower(Bytes(data, "b2a_hex")));
        public static PyObject b2a_hex(PyObject data) => hexlify(data);

        public static PyObject unhexlify(PyObject hexstr)
        {
            byte[] s = Bytes(hexstr, "a2b_hex");
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

        // ---- base64 ----

        public static PyObject b2a_base64(PyObject data)
        {
            byte[] b = Bytes(data, "b2a_base64");
            if (b.Length > 57 * 1024 * 1024) throw Raise(Error, "Too much data for base64 line");
            return PyStr.FromString(Base64Codec.Encode(b));
        }

        public static PyObject a2b_base64(PyObject data)
        {
            byte[] decoded = Base64Codec.Decode(PyStr.FromBytes(Bytes(data, "a2b_base64")).ToString());
            if (decoded == null) throw Raise(Error, "Incorrect padding");
            return PyStr.FromBytes(decoded);
        }

        // ---- uu ----

        public static PyObject a2b_uu(PyObject data)
        {
            var result = UuCodec.Decode(Bytes(data, "a2b_uu"), out string error);
            if (error != null) throw Raise(Error, error);
            return PyStr.FromBytes(result);
        }

        public static PyObject b2a_uu(PyObject data)
        {
            byte[] b = Bytes(data, "b2a_uu");
            if (b.Length > 45) throw Raise(Error, "At most 45 bytes at once");
            return PyStr.FromBytes(UuCodec.Encode(b));
        }

        // ---- quoted-printable ----

        public static PyObject a2b_qp([Kwargs] PyDict kwargs, params PyObject[] args)
        {
            var a = KeywordArguments(args, kwargs, "data", "header");
            return PyStr.FromBytes(QuotedPrintable.Decode(Bytes(a[0]), Flag(a[1], false)));
        }

        public static PyObject b2a_qp([Kwargs] PyDict kwargs, params PyObject[] args)
        {
            var a = KeywordArguments(args, kwargs, "data", "quotetabs", "istext", "header");
            return PyStr.FromBytes(QuotedPrintable.Encode(Bytes(a[0]), Flag(a[1], false), Flag(a[2], true), Flag(a[3], false)));
        }

        // The flags are C ints ("i" format): any integer, not arbitrary truth values.
        static bool Flag(PyObject o, bool absent) => o == null ? absent : Ops.ToInt32(o) != 0;

        /// <summary>PyArg_ParseTupleAndKeywords without a function name, as a2b_qp/b2a_qp use it.</summary>
        static PyObject[] KeywordArguments(PyObject[] args, PyDict kwargs, params string[] names)
        {
            int given = args.Length + (kwargs?.Count ?? 0);
            if (given > names.Length)
                throw Ops.TypeError($"function takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({given} given)");
            var result = new PyObject[names.Length];
            Array.Copy(args, result, args.Length);
            if (kwargs != null)
                foreach (var key in Ops.Enumerate(kwargs))
                {
                    string k = Ops.StrValue(key);
                    int j = Array.IndexOf(names, k);
                    if (j < 0) throw Ops.TypeError($"'{k}' is an invalid keyword argument for this function");
                    if (result[j] != null) throw Ops.TypeError($"Argument given by name ('{k}') and position ({j + 1})");
                    result[j] = Ops.GetItem(kwargs, key);
                }
            if (result[0] == null)
                throw given == args.Length
                    ? Ops.TypeError($"function takes at least 1 argument ({given} given)")
                    : Ops.TypeError($"Required argument '{names[0]}' (pos 1) not found");
            return result;
        }

        // ---- BinHex 4 ----

        public static PyObject a2b_hqx(PyObject data)
        {
            var result = BinHex.Decode(Bytes(data, "a2b_hqx"), out bool done, out string error);
            if (error == "incomplete") throw Raise(Incomplete, "String has incomplete number of bytes");
            if (error != null) throw Raise(Error, error);
            return PyTuple.Create(PyStr.FromBytes(result), PyInt.From(done ? 1 : 0));
        }

        public static PyObject b2a_hqx(PyObject data) => PyStr.FromBytes(BinHex.Encode(Bytes(data, "b2a_hqx")));

        public static PyObject rlecode_hqx(PyObject data) => PyStr.FromBytes(BinHex.RunLengthEncode(Bytes(data, "rlecode_hqx")));

        public static PyObject rledecode_hqx(PyObject data)
        {
            var result = BinHex.RunLengthDecode(Bytes(data, "rledecode_hqx"), out string error, out bool incomplete);
            if (error != null) throw Raise(incomplete ? Incomplete : Error, error);
            return PyStr.FromBytes(result);
        }

        // ---- checksums ----

        public static PyObject crc32(PyObject data, PyObject crc = null)
        {
            byte[] b = Bytes(data, "crc32");
            uint start = crc == null ? 0 : unchecked((uint)(long)(Ops.ToBigInteger(IntegerArgument(crc)) & 0xffffffff));
            return Checksums.Signed(Checksums.Crc32(b, start));
        }

        public static PyObject crc_hqx(PyObject data, PyObject crc)
        {
            byte[] b = Bytes(data, "crc_hqx");
            int start = Ops.ToInt32(IntegerArgument(crc));
            // binascii.c's loop keeps 16 bits per byte; with no data the argument comes back as given
            return PyInt.From(b.Length == 0 ? start : Checksums.CrcHqx(b, start));
        }

        static PyObject IntegerArgument(PyObject o) =>
            o is PyInt || o is PyLong || o is PyFloat ? o : o.Index() ?? throw Ops.TypeError("an integer is required");
    }
}
